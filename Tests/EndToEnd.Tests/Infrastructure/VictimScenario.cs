using System.Net;
using Shared.Contracts.Posts;

namespace EndToEnd.Tests.Infrastructure;

/// <summary>
/// A victim with a post and an intruder, both with valid tokens, plus the check every bad-input
/// test makes: the documented status, never a 5xx, problem details, and no resource changed or lost.
/// </summary>
internal sealed class VictimScenario(HttpClient client, RegisteredUser owner, string ownerToken, RegisteredUser intruder, string intruderToken, PostResponse post)
{
    public RegisteredUser Owner => owner;

    public string OwnerToken => ownerToken;

    public RegisteredUser Intruder => intruder;

    public string IntruderToken => intruderToken;

    public PostResponse Post => post;

    private IEnumerable<string> WatchedPaths =>
    [
        $"/api/users/{owner.Id}",
        $"/api/users/{intruder.Id}",
        $"/api/posts/{post.Id}",
        $"/api/users/{owner.Id}/posts",
        $"/api/posts?authorId={owner.Id}",
    ];

    public static async Task<VictimScenario> CreateAsync(HttpClient client)
    {
        var api = new ApiDriver(client);
        var owner = await api.RegisterAsync(bio: "owner");
        var intruder = await api.RegisterAsync(bio: "intruder");
        var ownerToken = await api.TokenAsync(owner);
        var intruderToken = await api.TokenAsync(intruder);
        var post = await api.CreatePostAsync(ownerToken, "Owned", "Only the owner may change this");
        return new VictimScenario(client, owner, ownerToken, intruder, intruderToken, post);
    }

    /// <summary>Sends <paramref name="request"/> and asserts it was rejected with <paramref name="expected"/> and harmed nothing.</summary>
    public async Task AssertRejectedAsync(HttpRequestMessage request, HttpStatusCode expected)
    {
        var before = await ResourceSnapshot.TakeAsync(client, WatchedPaths);
        var description = $"{request.Method} {request.RequestUri}";

        using (request)
        using (var response = await client.SendAsync(request))
        {
            var body = await response.Content.ReadAsStringAsync();
            Assert.That((int)response.StatusCode, Is.LessThan(500), $"{description} answered a server error: {body}");
            Assert.That(response.StatusCode, Is.EqualTo(expected), $"{description}: {body}");
            Assert.That(response.Content.Headers.ContentType?.MediaType, Is.EqualTo("application/problem+json"), $"{description}: {body}");
        }

        var after = await ResourceSnapshot.TakeAsync(client, WatchedPaths);
        Assert.That(after.DifferencesFrom(before), Is.Empty, $"{description} changed or lost data");
    }
}
