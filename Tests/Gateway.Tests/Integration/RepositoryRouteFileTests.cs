using System.Net;
using Gateway.Tests.Integration.Support;

namespace Gateway.Tests.Integration;

/// <summary>The shipped route file (<c>ocelot.json</c>), loaded as is, with fake discovery pointing at test backends.</summary>
public sealed class RepositoryRouteFileTests
{
    private const int TokenLimit = 10;
    private TestBackend _users = null!;
    private RouteFile _file = null!;
    private GatewayFactory _gateway = null!;
    private HttpClient _client = null!;

    [SetUp]
    public async Task StartGateway()
    {
        _users = await TestBackend.StartAsync("users");
        var discovery = new FakeServiceDiscovery();
        discovery.Set("userservice", _users);
        _file = ShippedRouteFile();
        _gateway = GatewayFactory.Start(_file.Path, discovery, TestTokens.Settings);
        _client = _gateway.Client();
    }

    [TearDown]
    public async Task StopGateway()
    {
        _client.Dispose();
        await _gateway.DisposeAsync();
        _file.Dispose();
        await _users.DisposeAsync();
    }

    [TestCase("/api/auth/token/")]
    [TestCase("/api/auth/token//")]
    [TestCase("/api/auth//token")]
    [TestCase("/API/Auth/Token")]
    [TestCase("/api/auth/token/?x=1")]
    public async Task PostToken_SpellingVariantAfterTheLimit_NeverReachesUserService(string variant)
    {
        for (var i = 0; i < TokenLimit; i++)
        {
            using var allowed = await _client.PostAsync("/api/auth/token", null);
            Assert.That(allowed.StatusCode, Is.EqualTo(HttpStatusCode.OK));
        }

        using var response = await _client.PostAsync(variant, null);

        Assert.That(response.StatusCode, Is.AnyOf(HttpStatusCode.TooManyRequests, HttpStatusCode.NotFound));
        Assert.That(_users.Requests, Has.Count.EqualTo(TokenLimit));
    }

    [TestCase("/api/auth/token")]
    [TestCase("/api/auth/refresh")]
    [TestCase("/api/auth/revoke")]
    public async Task PostAuthRoute_PastTheLimit_GetsTooManyRequestsWithoutReachingUserService(string path)
    {
        for (var i = 0; i < TokenLimit; i++)
        {
            using var allowed = await _client.PostAsync(path, null);
            Assert.That(allowed.StatusCode, Is.EqualTo(HttpStatusCode.OK));
        }

        using var blocked = await _client.PostAsync(path, null);

        Assert.That(blocked.StatusCode, Is.EqualTo(HttpStatusCode.TooManyRequests));
        Assert.That(_users.Requests.Select(r => r.Path), Is.EqualTo(Enumerable.Repeat(path, TokenLimit)));
    }

    [Test]
    public async Task PostRefresh_AfterTheTokenRouteIsExhausted_HasAWindowOfItsOwn()
    {
        for (var i = 0; i <= TokenLimit; i++)
        {
            using var token = await _client.PostAsync("/api/auth/token", null);
        }

        using var refresh = await _client.PostAsync("/api/auth/refresh", null);

        Assert.That(refresh.StatusCode, Is.EqualTo(HttpStatusCode.OK));
    }

    [Test]
    public async Task PostTokenWithTrailingSlash_RepeatedPastTheLimit_ReachesUserServiceAtMostLimitTimes()
    {

        for (var i = 0; i < TokenLimit + 5; i++)
        {
            using var response = await _client.PostAsync("/api/auth/token/", null);
        }

        Assert.That(_users.Requests, Has.Count.LessThanOrEqualTo(TokenLimit));
    }

    /// <summary>
    /// The shipped file's exact text, with an environment overlay (the mechanism every environment
    /// uses) that selects static discovery, so the test's fake discovery replaces Kubernetes.
    /// </summary>
    private static RouteFile ShippedRouteFile()
    {
        var file = new RouteFile(new { });
        file.WriteText(File.ReadAllText(RepositoryFiles.RouteFile));
        File.WriteAllText(Path.Combine(Path.GetDirectoryName(file.Path)!, "ocelot.Test.json"),
            """{ "GlobalConfiguration": { "ServiceDiscoveryProvider": { "Type": "Static" } } }""");
        return file;
    }
}
