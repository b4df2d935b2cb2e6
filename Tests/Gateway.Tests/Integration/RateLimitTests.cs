using System.Net;
using Gateway.Tests.Integration.Support;

namespace Gateway.Tests.Integration;

public sealed class RateLimitTests
{
    [Test]
    public async Task Post_OverTheLimit_Answers429WithRetryAfterAndMessage()
    {
        await using var backend = await TestBackend.StartAsync("limited");
        using var file = new RouteFile(Routes.File([Routes.ByHost("/api/auth/token", "/token", backend)
            .With("RateLimitOptions", new { Limit = 3, Period = "1m", QuotaMessage = "slow down" })]));
        await using var gateway = GatewayFactory.Start(file.Path);
        using var client = gateway.Client();
        client.DefaultRequestHeaders.Add("Oc-Client", "client-a");

        var allowed = new List<HttpResponseMessage>();
        for (var i = 0; i < 3; i++)
        {
            allowed.Add(await client.PostAsync("/api/auth/token", null));
        }

        using var blocked = await client.PostAsync("/api/auth/token", null);

        Assert.That(allowed.Select(r => r.StatusCode), Is.All.EqualTo(HttpStatusCode.OK));
        Assert.That(allowed.Select(r => r.Headers.GetValues("X-RateLimit-Remaining").Single()), Is.EqualTo(new[] { "2", "1", "0" }));
        Assert.That(allowed[0].Headers.GetValues("X-RateLimit-Limit").Single(), Is.EqualTo("3"));
        Assert.That(int.Parse(allowed[0].Headers.GetValues("X-RateLimit-Reset").Single(), System.Globalization.CultureInfo.InvariantCulture), Is.InRange(1, 60));
        Assert.That(blocked.StatusCode, Is.EqualTo(HttpStatusCode.TooManyRequests));
        Assert.That(blocked.Headers.RetryAfter?.Delta?.TotalSeconds, Is.InRange(1, 60));
        Assert.That((await blocked.ProblemAsync()).GetProperty("detail").GetString(), Is.EqualTo("slow down"));
        Assert.That(backend.Requests, Has.Count.EqualTo(3));
    }

    [Test]
    public async Task Post_DifferentClientsFromOneAddress_ShareTheAddressWindow()
    {
        await using var backend = await TestBackend.StartAsync("limited");
        using var file = new RouteFile(Routes.File([Routes.ByHost("/t", "/t", backend)
            .With("RateLimitOptions", new { Limit = 1, Period = "1m", ClientWhitelist = new[] { "trusted" } })]));
        await using var gateway = GatewayFactory.Start(file.Path);
        using var client = gateway.Client();

        var first = await Send(client, "a");
        var second = await Send(client, "a");
        var other = await Send(client, "b");
        var trusted = new[] { await Send(client, "trusted"), await Send(client, "trusted") };

        // Ours: a client id cannot lift the limit of its address (README, Gateway → Security decisions).
        Assert.That((first, second, other), Is.EqualTo((HttpStatusCode.OK, HttpStatusCode.TooManyRequests, HttpStatusCode.TooManyRequests)));
        Assert.That(trusted, Is.All.EqualTo(HttpStatusCode.OK));
    }

    [Test]
    public async Task Get_RouteWithoutRateLimit_HasNoRateLimitHeaders()
    {
        await using var backend = await TestBackend.StartAsync("free");
        using var file = new RouteFile(Routes.File([Routes.ByHost("/t", "/t", backend)]));
        await using var gateway = GatewayFactory.Start(file.Path);
        using var client = gateway.Client();

        using var response = await client.GetAsync("/t");

        // The backend's own 200, so the missing headers are not explained by an error answered before the limiter.
        await response.EchoAsync();
        Assert.That(response.Headers.Contains("X-RateLimit-Limit"), Is.False);
    }

    private static async Task<HttpStatusCode> Send(HttpClient client, string clientId)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, "/t");
        request.Headers.Add("Oc-Client", clientId);
        using var response = await client.SendAsync(request);
        return response.StatusCode;
    }
}
