using System.Net;
using Gateway.Tests.Integration.Support;
using Microservices.Tests.Common;

namespace Gateway.Tests.Integration;

/// <summary>The client id header (Ocelot's <c>ClientIdHeader</c>) can narrow a client's limit, never lift it.</summary>
public sealed class RateLimitClientIdTests
{
    [Test]
    public async Task Post_FreshClientIdPerRequestFromOneAddress_IsLimitedByTheAddress()
    {
        await using var backend = await TestBackend.StartAsync("limited");
        using var file = new RouteFile(Routes.File([Routes.ByHost("/api/auth/token", "/token", backend)
            .With("RateLimitOptions", new { Limit = 3, Period = "1m" })]));
        await using var gateway = GatewayFactory.Start(file.Path);
        using var client = gateway.Client();

        var statuses = new List<HttpStatusCode>();
        for (var i = 0; i < 6; i++)
        {
            using var request = new HttpRequestMessage(HttpMethod.Post, "/api/auth/token");
            request.Headers.Add("Oc-Client", $"guess-{i}");
            using var response = await client.SendAsync(request);
            statuses.Add(response.StatusCode);
        }

        Assert.That(statuses.Take(3), Is.All.EqualTo(HttpStatusCode.OK));
        Assert.That(statuses.Skip(3), Is.All.EqualTo(HttpStatusCode.TooManyRequests));
        Assert.That(backend.Requests, Has.Count.EqualTo(3));
    }

    [Test]
    public async Task Post_ClientIdOverItsOwnLimit_IsBlockedWhileTheAddressStillHasRoom()
    {
        await using var backend = await TestBackend.StartAsync("limited");
        using var file = new RouteFile(Routes.File([Routes.ByHost("/t", "/t", backend)
            .With("RateLimitOptions", new { Limit = 2, Period = "1m", ClientWhitelist = new[] { "trusted" } })]));
        await using var gateway = GatewayFactory.Start(file.Path);
        using var client = gateway.Client();

        var withId = new[] { await Send(client, "a"), await Send(client, "a") };
        var trusted = new[] { await Send(client, "trusted"), await Send(client, "trusted"), await Send(client, "trusted") };
        var withoutId = await Send(client, null);

        Assert.That(withId, Is.All.EqualTo(HttpStatusCode.OK));
        Assert.That(trusted, Is.All.EqualTo(HttpStatusCode.OK), "a whitelisted client id is not limited (Ocelot's ClientWhitelist)");
        Assert.That(withoutId, Is.EqualTo(HttpStatusCode.TooManyRequests), "the address has used its two permits through client 'a'");
    }

    [Test]
    public async Task Post_ClientsOnDifferentAddresses_HaveSeparateWindows()
    {
        await using var backend = await TestBackend.StartAsync("limited");
        using var file = new RouteFile(Routes.File([Routes.ByHost("/t", "/t", backend)
            .With("RateLimitOptions", new { Limit = 1, Period = "1m" })]));
        await using var gateway = GatewayFactory.Start(file.Path);
        using var first = FromAddress(gateway, IPAddress.Parse("127.0.0.1"));
        using var second = FromAddress(gateway, IPAddress.Parse("127.0.0.2"));

        var statuses = (await Send(first, null), await Send(first, null), await Send(second, null));

        Assert.That(statuses, Is.EqualTo((HttpStatusCode.OK, HttpStatusCode.TooManyRequests, HttpStatusCode.OK)));
    }

    private static HttpClient FromAddress(GatewayFactory gateway, IPAddress local) =>
        new(LoopbackSource.Handler(local)) { BaseAddress = gateway.Address };

    private static async Task<HttpStatusCode> Send(HttpClient client, string? clientId)
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, "/t");
        if (clientId is not null)
        {
            request.Headers.Add("Oc-Client", clientId);
        }

        using var response = await client.SendAsync(request);
        return response.StatusCode;
    }
}
