using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using EndToEnd.Tests.Infrastructure;
using Shared.Contracts.Common;
using Shared.Contracts.Posts;
using Shared.Contracts.Users;

namespace EndToEnd.Tests.Functional;

/// <summary>A client's journey through the gateway to the real services.</summary>
[TestFixture]
public sealed class GatewayRoutingTests
{
    private SeededSystem _seeded = null!;
    private HttpClient _client = null!;
    private ApiDriver _api = null!;

    [OneTimeSetUp]
    public async Task StartSystem()
    {
        _seeded = await SharedSystem.GetAsync();
        _client = _seeded.System.CreateGatewayClient();
        _client.DefaultRequestHeaders.Add(GatewayRouteFiles.ClientIdHeader(), "routing-" + Guid.NewGuid().ToString("N"));
        _api = new ApiDriver(_client);
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
    public async Task Journey_RegisterTokenPostList_EachStepSeesThePreviousOne()
    {
        var user = await _api.RegisterAsync();
        var token = await _api.TokenAsync(user);

        var first = await _api.CreatePostAsync(token, "First", "Hello through the gateway");
        var second = await _api.CreatePostAsync(token, "Second", "Another one");
        var byUser = await _api.GetAsync<PagedResponse<PostResponse>>($"/api/users/{user.Id}/posts");
        var byQuery = await _api.GetAsync<PagedResponse<PostResponse>>($"/api/posts?authorId={user.Id}");
        var read = await _api.GetAsync<PostResponse>($"/api/posts/{first.Id}");

        Assert.Multiple(() =>
        {
            Assert.That(first.AuthorId, Is.EqualTo(user.Id), "the author is the token's subject");
            Assert.That(byUser.Items.Select(p => p.Id), Is.EqualTo(new[] { second.Id, first.Id }), "newest first");
            Assert.That(byQuery.Items.Select(p => p.Id), Is.EqualTo(new[] { second.Id, first.Id }));
            Assert.That(read, Is.EqualTo(first));
        });
    }

    [Test]
    public async Task Profile_UserWithPosts_ReturnsUserAndPostsTogether()
    {
        var user = await _api.RegisterAsync(bio: "profile bio");
        var token = await _api.TokenAsync(user);
        var post = await _api.CreatePostAsync(token, "On my profile", "Body");

        using var response = await _client.GetAsync(new Uri($"/api/users/{user.Id}/profile", UriKind.Relative));
        using var profile = JsonDocument.Parse(await response.Content.ReadAsStringAsync());

        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.OK));
        var root = profile.RootElement;
        var profileUser = root.GetProperty("user").Deserialize<PublicUserResponse>(JsonSerializerOptions.Web);
        var posts = root.GetProperty("posts").Deserialize<PagedResponse<PostResponse>>(JsonSerializerOptions.Web);
        Assert.Multiple(() =>
        {
            Assert.That(profileUser!.Id, Is.EqualTo(user.Id));
            Assert.That(profileUser.Bio, Is.EqualTo("profile bio"));
            Assert.That(posts!.Items.Select(p => p.Id), Is.EqualTo(new[] { post.Id }));
        });
    }

    [Test]
    public async Task Profile_UnknownUser_Returns404()
    {
        using var response = await _client.GetAsync(new Uri($"/api/users/{Guid.NewGuid()}/profile", UriKind.Relative));

        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.NotFound), "the failing part's status, not a 200 with a hole in it");
    }

    [TestCase("POST", "/api/posts")]
    [TestCase("PUT", "/api/posts/00000000-0000-0000-0000-000000000001")]
    [TestCase("DELETE", "/api/posts/00000000-0000-0000-0000-000000000001")]
    [TestCase("GET", "/api/users/me")]
    public async Task ProtectedEndpoint_WithoutToken_Returns401(string method, string path)
    {
        using var request = ApiDriver.Authorized(new HttpMethod(method), path, token: null,
            method is "POST" or "PUT" ? JsonContent.Create(new { title = "t", body = "b" }) : null);

        using var response = await _client.SendAsync(request);

        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.Unauthorized));
    }

    [Test]
    public async Task WriteUser_WithoutToken_Returns401AndChangesNothing()
    {
        var victim = _seeded.Users[0];
        var before = await _api.GetAsync<PublicUserResponse>($"/api/users/{victim.Id}");

        using var put = await _client.PutAsJsonAsync(new Uri($"/api/users/{victim.Id}", UriKind.Relative), new UpdateUserRequest("Hijacked", null));
        using var delete = await _client.DeleteAsync(new Uri($"/api/users/{victim.Id}", UriKind.Relative));
        var after = await _api.GetAsync<PublicUserResponse>($"/api/users/{victim.Id}");

        Assert.Multiple(() =>
        {
            Assert.That(put.StatusCode, Is.EqualTo(HttpStatusCode.Unauthorized));
            Assert.That(delete.StatusCode, Is.EqualTo(HttpStatusCode.Unauthorized));
            Assert.That(after, Is.EqualTo(before));
        });
    }
}
