using System.Net;
using Gateway.Tests.Integration.Support;

namespace Gateway.Tests.Integration;

public sealed class ResilienceTests
{
    [Test]
    public async Task Get_CircuitOpenAfterFailures_Answers503WithRetryAfter()
    {
        await using var backend = await TestBackend.StartAsync("failing");
        using var file = new RouteFile(Routes.File([Routes.ByHost("/{everything}", "/{everything}", backend)
            .With("QoSOptions", new { MinimumThroughput = 2, FailureRatio = 1.0, BreakDuration = 30_000 })]));
        await using var gateway = GatewayFactory.Start(file.Path);
        using var client = gateway.Client();

        var failures = new[] { (await client.GetAsync("/status/500")).StatusCode, (await client.GetAsync("/status/500")).StatusCode };
        using var rejected = await client.GetAsync("/status/500");

        Assert.That(failures, Is.All.EqualTo(HttpStatusCode.InternalServerError));
        Assert.That(rejected.StatusCode, Is.EqualTo(HttpStatusCode.ServiceUnavailable));
        Assert.That(rejected.Headers.RetryAfter?.Delta?.TotalSeconds, Is.InRange(1, 30));
        Assert.That(backend.Requests, Has.Count.EqualTo(2));
    }

    [Test]
    public async Task Get_CookieStickySessions_SetsTheCookieAndSticks()
    {
        await using var a = await TestBackend.StartAsync("a");
        await using var b = await TestBackend.StartAsync("b");
        var discovery = new FakeServiceDiscovery();
        discovery.Set("users", a, b);
        using var file = new RouteFile(Routes.File([Routes.ByService("/{everything}", "/{everything}", "users")
            .With("LoadBalancerOptions", new { Type = "CookieStickySessions", Key = "sticky", Expiry = 60_000 })]));
        await using var gateway = GatewayFactory.Start(file.Path, discovery);
        using var client = gateway.Client();

        using var first = await client.GetAsync("/x");
        var cookie = first.Headers.GetValues("Set-Cookie").Single(c => c.StartsWith("sticky=", StringComparison.Ordinal)).Split(';')[0];
        var backends = new List<string>();
        for (var i = 0; i < 6; i++)
        {
            using var request = new HttpRequestMessage(HttpMethod.Get, "/x");
            request.Headers.Add("Cookie", cookie);
            backends.Add((await (await client.SendAsync(request)).EchoAsync()).Backend);
        }

        Assert.That(backends.Distinct(), Has.Exactly(1).Items);
    }

    [Test]
    public async Task Get_CacheOptions_ServesRepeatsFromCachePerUrl()
    {
        await using var backend = await TestBackend.StartAsync("cached");
        using var file = new RouteFile(Routes.File([Routes.ByHost("/{everything}", "/{everything}", backend)
            .With("FileCacheOptions", new { TtlSeconds = 60 })]));
        await using var gateway = GatewayFactory.Start(file.Path);
        using var client = gateway.Client();

        var first = await (await client.GetAsync("/items?page=1")).Content.ReadAsStringAsync();
        var second = await (await client.GetAsync("/items?page=1")).Content.ReadAsStringAsync();
        await (await client.GetAsync("/items?page=2")).EchoAsync();

        Assert.That(second, Is.EqualTo(first));
        Assert.That(backend.Requests.Select(r => r.Query), Is.EqualTo(new[] { "?page=1", "?page=2" }));
    }
}
