using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Gateway.Tests.Integration.Support;

namespace Gateway.Tests.Integration;

public sealed class AggregateTests
{
    [Test]
    public async Task Get_Profile_CombinesUserAndPostsVerbatim()
    {
        await using var users = await TestBackend.StartAsync("users");
        await using var posts = await TestBackend.StartAsync("posts");
        var discovery = new FakeServiceDiscovery();
        discovery.Set("userservice", users);
        discovery.Set("postservice", posts);
        using var file = new RouteFile(ProfileFile());
        await using var gateway = GatewayFactory.Start(file.Path, discovery);
        using var client = gateway.Client();
        client.DefaultRequestHeaders.Add("X-Correlation-Id", "agg-1");

        using var response = await client.GetAsync("/api/users/7/profile");
        var body = await response.Content.ReadFromJsonAsync<JsonElement>();

        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.OK));
        Assert.That(body.GetProperty("user").GetProperty("Path").GetString(), Is.EqualTo("/api/users/7"));
        Assert.That(body.GetProperty("user").GetProperty("Backend").GetString(), Is.EqualTo("users"));
        Assert.That(body.GetProperty("posts").GetProperty("Path").GetString(), Is.EqualTo("/api/users/7/posts"));
        Assert.That(body.GetProperty("posts").GetProperty("Headers").GetProperty("X-Correlation-Id").GetString(), Is.EqualTo("agg-1"));
    }

    [Test]
    public async Task Get_ProfileWhenAServiceHasNoInstance_ReturnsThatFailureStatus()
    {
        await using var users = await TestBackend.StartAsync("users");
        var discovery = new FakeServiceDiscovery();
        discovery.Set("userservice", users);
        using var file = new RouteFile(ProfileFile());
        await using var gateway = GatewayFactory.Start(file.Path, discovery);
        using var client = gateway.Client();

        using var response = await client.GetAsync("/api/users/7/profile");

        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.ServiceUnavailable));
        Assert.That((await response.ProblemAsync()).GetProperty("detail").GetString(), Does.Contain("posts"));
    }

    [Test]
    public async Task Get_ProfileWhenDownstreamAnswers404_Returns404WithItsBody()
    {
        await using var users = await TestBackend.StartAsync("users");
        await using var posts = await TestBackend.StartAsync("posts");
        var discovery = new FakeServiceDiscovery();
        discovery.Set("userservice", users);
        discovery.Set("postservice", posts);
        using var file = new RouteFile(Routes.File(
            [
                Routes.ByService("/u/{id}", "/status/404", "userservice", "GET").With("Key", "user"),
                Routes.ByService("/p/{id}", "/p/{id}", "postservice", "GET").With("Key", "posts"),
            ],
            aggregates: [new { RouteKeys = new[] { "user", "posts" }, UpstreamPathTemplate = "/profile/{id}" }]));
        await using var gateway = GatewayFactory.Start(file.Path, discovery);
        using var client = gateway.Client();

        using var response = await client.GetAsync("/profile/1");

        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.NotFound));
        Assert.That(await response.Content.ReadAsStringAsync(), Is.EqualTo("backend users says 404"));
    }

    private static object ProfileFile() => Routes.File(
        [
            Routes.ByService("/api/users/{userId}/posts", "/api/users/{userId}/posts", "postservice", "GET").With("Key", "posts").With("Priority", 3),
            Routes.ByService("/api/users/{userId}", "/api/users/{userId}", "userservice", "GET").With("Key", "user").With("Priority", 2),
            Routes.ByService("/api/users/{everything}", "/api/users/{everything}", "userservice", "GET"),
        ],
        aggregates: [new { RouteKeys = new[] { "user", "posts" }, UpstreamPathTemplate = "/api/users/{userId}/profile", Priority = 3 }]);
}
