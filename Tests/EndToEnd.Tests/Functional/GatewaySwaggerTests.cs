using System.Net;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using EndToEnd.Tests.Infrastructure;

namespace EndToEnd.Tests.Functional;

/// <summary>
/// The gateway's <c>/swagger</c> shows every service's document rewritten to the gateway's view:
/// the gateway is the server, paths are the gateway's, and only what the gateway routes is listed.
/// </summary>
[TestFixture]
public sealed partial class GatewaySwaggerTests
{
    private SeededSystem _seeded = null!;
    private HttpClient _client = null!;

    [OneTimeSetUp]
    public async Task StartSystem()
    {
        _seeded = await SharedSystem.GetAsync();
        _client = _seeded.System.CreateGatewayClient();
    }

    [OneTimeTearDown]
    public void DisposeClient() => _client.Dispose();

    [TearDown]
    public void AttachLogsOnFailure()
    {
        if (TestOutcome.CurrentTestFailed)
        {
            _seeded.System.AttachLogs();
        }
    }

    [Test]
    public async Task SwaggerUi_Gateway_IsServed()
    {
        using var response = await _client.GetAsync(new Uri("/swagger/index.html", UriKind.Relative));

        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.OK));
        Assert.That(response.Content.Headers.ContentType?.MediaType, Is.EqualTo("text/html"));
    }

    [TestCase("userservice", "/api/users/{id}", "get")]
    [TestCase("userservice", "/api/auth/token", "post")]
    [TestCase("postservice", "/api/posts/{id}", "get")]
    [TestCase("postservice", "/api/posts", "post")]
    public async Task Document_ForEachService_ListsItsOperationsWithTheGatewayAsServer(string service, string path, string verb)
    {
        var document = await DocumentAsync(service);

        var paths = document["paths"]!.AsObject();
        Assert.Multiple(() =>
        {
            Assert.That(paths.ContainsKey(path), Is.True, $"{service} document paths: {string.Join(", ", paths.Select(p => p.Key))}");
            Assert.That(paths[path]?[verb], Is.Not.Null, $"{verb} {path}");
            Assert.That(ServerUrls(document), Is.EqualTo(new[] { GatewayUrl }), "Try it out must go through the gateway");
        });
    }

    [Test]
    public async Task Documents_Paths_AreOnlyTheOnesTheGatewayRoutesToThatService()
    {
        var users = (await DocumentAsync("userservice"))["paths"]!.AsObject().Select(p => p.Key).ToList();
        var posts = (await DocumentAsync("postservice"))["paths"]!.AsObject().Select(p => p.Key).ToList();

        // Has.All and Has.None hold for an empty list: the documents must list paths first.
        Assert.That(users, Is.Not.Empty, "user document has no paths");
        Assert.That(posts, Is.Not.Empty, "post document has no paths");
        Assert.Multiple(() =>
        {
            Assert.That(users, Has.All.Match(UserServicePaths()), "user document");
            Assert.That(posts, Has.All.Match(PostServicePaths()), "post document");
            Assert.That(posts, Has.Some.Match(UserPostsPath()), "a user's posts are documented with the post service, where the gateway sends them");
            Assert.That(users, Has.None.Match(UserPostsPath()), "the gateway sends /api/users/{id}/posts to the post service");
        });
    }

    private string GatewayUrl => _seeded.System.Gateway.BaseAddress.ToString().TrimEnd('/');

    private async Task<JsonObject> DocumentAsync(string service)
    {
        using var response = await _client.GetAsync(new Uri($"/swagger/docs/{service}/swagger.json", UriKind.Relative));
        var body = await response.Content.ReadAsStringAsync();
        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.OK), body);
        return JsonNode.Parse(body)!.AsObject();
    }

    private static string[] ServerUrls(JsonObject document) =>
        [.. (document["servers"]?.AsArray() ?? []).Select(s => s?["url"]?.GetValue<string>()?.TrimEnd('/') ?? string.Empty)];

    [GeneratedRegex(@"^/(api/users|api/auth|\.well-known)(/|$)")]
    private static partial Regex UserServicePaths();

    [GeneratedRegex(@"^/api/(posts(/|$)|users/\{[^}]+\}/posts$)")]
    private static partial Regex PostServicePaths();

    [GeneratedRegex(@"^/api/users/\{[^}]+\}/posts$")]
    private static partial Regex UserPostsPath();
}
