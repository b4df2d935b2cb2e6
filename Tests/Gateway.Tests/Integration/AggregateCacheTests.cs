using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Gateway.Tests.Integration.Support;

namespace Gateway.Tests.Integration;

/// <summary>An aggregate's part of a route with <c>CacheOptions</c> is cached under the rules direct requests follow.</summary>
public sealed class AggregateCacheTests
{
    [Test]
    public async Task Get_AggregateRepeated_ServesTheCachedPartPerUrlAndCallsTheOtherEachTime()
    {
        await using var users = await TestBackend.StartAsync("users");
        await using var posts = await TestBackend.StartAsync("posts");
        using var file = new RouteFile(ProfileFile(users, posts));
        await using var gateway = GatewayFactory.Start(file.Path);
        using var client = gateway.Client();

        var first = await UserPartAsync(client, "/profile/7?page=1");
        var second = await UserPartAsync(client, "/profile/7?page=1");
        await UserPartAsync(client, "/profile/7?page=2");
        await UserPartAsync(client, "/profile/8?page=1");

        Assert.That(second, Is.EqualTo(first));
        Assert.That(users.Requests.Select(r => r.Path + r.Query), Is.EqualTo(new[] { "/users/7?page=1", "/users/7?page=2", "/users/8?page=1" }));
        Assert.That(posts.Requests, Has.Count.EqualTo(4));
    }

    [Test]
    public async Task Get_AggregateWithCredentials_NeverUsesTheCache()
    {
        await using var users = await TestBackend.StartAsync("users");
        await using var posts = await TestBackend.StartAsync("posts");
        using var file = new RouteFile(ProfileFile(users, posts));
        await using var gateway = GatewayFactory.Start(file.Path);
        using var client = gateway.Client();
        await UserPartAsync(client, "/profile/7");
        client.DefaultRequestHeaders.Authorization = new System.Net.Http.Headers.AuthenticationHeaderValue("Bearer", "token-of-one-user");

        await UserPartAsync(client, "/profile/7");
        await UserPartAsync(client, "/profile/7");

        Assert.That(users.Requests, Has.Count.EqualTo(3));
        Assert.That(users.Requests.Last().Headers["Authorization"], Is.EqualTo("Bearer token-of-one-user"));
    }

    [Test]
    public async Task Get_AggregateWhosePartFailed_DoesNotCacheTheFailure()
    {
        await using var users = await TestBackend.StartAsync("users");
        await using var posts = await TestBackend.StartAsync("posts");
        using var file = new RouteFile(ProfileFile(users, posts));
        await using var gateway = GatewayFactory.Start(file.Path);
        using var client = gateway.Client();

        var statuses = new[] { (await client.GetAsync("/profile/status/404")).StatusCode, (await client.GetAsync("/profile/status/404")).StatusCode };

        Assert.That(statuses, Is.All.EqualTo(HttpStatusCode.NotFound));
        Assert.That(users.Requests, Has.Count.EqualTo(2));
    }

    private static async Task<string> UserPartAsync(HttpClient client, string path)
    {
        using var response = await client.GetAsync(path);
        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.OK));
        return (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("user").GetRawText();
    }

    private static object ProfileFile(TestBackend users, TestBackend posts) => Routes.File(
        [
            Routes.ByHost("/u/{id}", "/users/{id}", users).With("Key", "user").With("FileCacheOptions", new { TtlSeconds = 60 }),
            Routes.ByHost("/p/{id}", "/posts/{id}", posts).With("Key", "posts"),
        ],
        aggregates: [new { RouteKeys = new[] { "user", "posts" }, UpstreamPathTemplate = "/profile/{id}" }]);
}
