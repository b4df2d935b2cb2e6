using System.Net;
using System.Net.Http.Headers;
using Gateway.Tests.Integration.Support;

namespace Gateway.Tests.Integration;

/// <summary>An aggregate is no way around its routes' authorization or rate limits.</summary>
public sealed class AggregateAuthorizationTests
{
    [Test]
    public async Task Get_AggregateWithTokenLackingAPartsScope_Answers403LikeThePartsRoute()
    {
        await using var backends = await Backends.StartAsync();
        using var file = new RouteFile(ProfileFile(postsScopes: ["admin"]));
        await using var gateway = GatewayFactory.Start(file.Path, backends.Discovery, TestTokens.Settings);
        using var client = Authorized(gateway, TestTokens.Create());

        using var posts = await client.GetAsync("/users/7/posts");
        using var profile = await client.GetAsync("/users/7/profile");

        Assert.That(posts.StatusCode, Is.EqualTo(HttpStatusCode.Forbidden));
        Assert.That(profile.StatusCode, Is.EqualTo(HttpStatusCode.Forbidden));
        Assert.That(backends.Users.Requests, Is.Empty);
    }

    [Test]
    public async Task Get_AggregateWithTokenHoldingEveryPartsScope_Answers200()
    {
        await using var backends = await Backends.StartAsync();
        using var file = new RouteFile(ProfileFile(postsScopes: ["admin"]));
        await using var gateway = GatewayFactory.Start(file.Path, backends.Discovery, TestTokens.Settings);
        using var client = Authorized(gateway, TestTokens.Create(new Dictionary<string, object> { ["scope"] = "read admin" }));

        using var profile = await client.GetAsync("/users/7/profile");

        Assert.That(profile.StatusCode, Is.EqualTo(HttpStatusCode.OK));
    }

    [Test]
    public async Task Get_AggregateWithoutToken_Answers401()
    {
        await using var backends = await Backends.StartAsync();
        using var file = new RouteFile(ProfileFile(postsScopes: ["admin"], userAnonymous: true));
        await using var gateway = GatewayFactory.Start(file.Path, backends.Discovery, TestTokens.Settings);
        using var client = gateway.Client();

        using var profile = await client.GetAsync("/users/7/profile");

        Assert.That(profile.StatusCode, Is.EqualTo(HttpStatusCode.Unauthorized));
    }

    [Test]
    public async Task Get_AggregateOverAPartsRateLimit_Answers429AndSharesTheRoutesWindow()
    {
        await using var backends = await Backends.StartAsync();
        using var file = new RouteFile(ProfileFile(postsScopes: [], userAnonymous: true, userLimit: 1));
        await using var gateway = GatewayFactory.Start(file.Path, backends.Discovery, TestTokens.Settings);
        using var client = Authorized(gateway, TestTokens.Create());

        using var first = await client.GetAsync("/users/7/profile");
        using var second = await client.GetAsync("/users/7/profile");
        using var direct = await client.GetAsync("/users/7");

        Assert.That(first.StatusCode, Is.EqualTo(HttpStatusCode.OK));
        Assert.That(second.StatusCode, Is.EqualTo(HttpStatusCode.TooManyRequests));
        Assert.That(second.Headers.RetryAfter, Is.Not.Null);
        Assert.That(direct.StatusCode, Is.EqualTo(HttpStatusCode.TooManyRequests));
        Assert.That(backends.Users.Requests, Has.Count.EqualTo(1));
    }

    private static HttpClient Authorized(GatewayFactory gateway, string token)
    {
        var client = gateway.Client();
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", token);
        return client;
    }

    private static object ProfileFile(string[] postsScopes, bool userAnonymous = false, int? userLimit = null)
    {
        var user = Routes.ByService("/users/{id}", "/users/{id}", "userservice", "GET").With("Key", "user").With("Priority", 2);
        if (!userAnonymous)
        {
            user.With("AuthenticationOptions", new { AuthenticationProviderKeys = new[] { "Bearer" } });
        }

        if (userLimit is { } limit)
        {
            user.With("RateLimitOptions", new { Limit = limit, Period = "1m" });
        }

        var posts = Routes.ByService("/users/{id}/posts", "/users/{id}/posts", "postservice", "GET").With("Key", "posts").With("Priority", 3)
            .With("AuthenticationOptions", new { AuthenticationProviderKeys = new[] { "Bearer" }, AllowedScopes = postsScopes });
        return Routes.File([posts, user],
            aggregates: [new { RouteKeys = new[] { "user", "posts" }, UpstreamPathTemplate = "/users/{id}/profile", Priority = 3 }]);
    }

    private sealed class Backends : IAsyncDisposable
    {
        private Backends(TestBackend users, TestBackend posts)
        {
            Users = users;
            Posts = posts;
            Discovery.Set("userservice", users);
            Discovery.Set("postservice", posts);
        }

        public TestBackend Users { get; }

        public TestBackend Posts { get; }

        public FakeServiceDiscovery Discovery { get; } = new();

        public static async Task<Backends> StartAsync() =>
            new(await TestBackend.StartAsync("users"), await TestBackend.StartAsync("posts"));

        public async ValueTask DisposeAsync()
        {
            await Users.DisposeAsync();
            await Posts.DisposeAsync();
        }
    }
}
