using System.Net.Http.Json;
using System.Text.Json;
using Gateway.Tests.Integration.Support;

namespace Gateway.Tests.Integration;

/// <summary>
/// Placeholder values reach the downstream service spelled exactly as the client sent them: an
/// encoded slash stays one value (<c>%2F</c>, never a separator, never <c>%252F</c>), and the query
/// passes through untouched. The backend records the request target as it arrived on the wire.
/// </summary>
public sealed class PathEncodingTests
{
    private const string Query = "?q=a%2Fb%20c&r=%25";

    // Each value as the client sends it, and as the downstream must receive it: the same escapes, up to
    // the normalisations of RFC 3986 §6.2.2 that keep a URI equivalent (an escaped unreserved character
    // unescaped, the hex digits of an escaped non-ASCII character in upper case).
    private static readonly (string Sent, string Received)[] Values =
    [
        ("a%2Fb", "a%2Fb"), ("a%2fb", "a%2fb"), ("a%252Fb", "a%252Fb"), ("a%25b", "a%25b"), ("a%3Fb", "a%3Fb"),
        ("a%20b", "a%20b"), ("%C3%A9t%C3%A9", "%C3%A9t%C3%A9"), ("%c3%a9", "%C3%A9"), ("a%21b", "a%21b"),
        ("a%41b", "aAb"), ("plain", "plain"),
    ];

    [TestCase("/api/users/{id}", "/api/users/{id}", "/api/users/", "", "/api/users/", "")]
    [TestCase("/a/{id}", "/b/{id}", "/a/", "", "/b/", "")]
    [TestCase("/c/{id}/x", "/d/{id}/x", "/c/", "/x", "/d/", "/x")]
    [TestCase("/{everything}", "/{everything}", "/", "", "/", "")]
    [TestCase("/files/{everything}", "/store/{everything}", "/files/dir/", "/end", "/store/dir/", "/end")]
    public async Task Get_PercentEncodedValue_ReachesDownstreamSpelledAsSent(
        string upstream, string downstream, string prefix, string suffix, string downstreamPrefix, string downstreamSuffix)
    {
        await using var backend = await TestBackend.StartAsync("b");
        using var file = new RouteFile(Routes.File([Routes.ByHost(upstream, downstream, backend)]));
        await using var gateway = GatewayFactory.Start(file.Path);
        using var client = gateway.Client();

        var received = new List<string>();
        foreach (var (sent, _) in Values)
        {
            received.Add((await (await client.SendAsync(Verbatim(gateway, prefix + sent + suffix + Query))).EchoAsync()).RawTarget);
        }

        Assert.That(received, Is.EqualTo(Values.Select(v => downstreamPrefix + v.Received + downstreamSuffix + Query)));
    }

    // The request target and what routing saw differ (Kestrel removed dot segments, or unescaped a
    // literal character of the template): the values routing matched are sent, the slash still encoded.
    [TestCase("/files/a/%2E%2E/b%2Fc", "/store/b%2Fc")]
    [TestCase("/fil%65s/a%2Fb/c%20d", "/store/a%2Fb/c%20d")]
    public async Task Get_TargetSpelledUnlikeTheMatchedPath_SendsTheMatchedValuesWithSlashesEncoded(string target, string expected)
    {
        await using var backend = await TestBackend.StartAsync("b");
        using var file = new RouteFile(Routes.File([Routes.ByHost("/files/{everything}", "/store/{everything}", backend)]));
        await using var gateway = GatewayFactory.Start(file.Path);
        using var client = gateway.Client();

        var echo = await (await client.SendAsync(Verbatim(gateway, target))).EchoAsync();

        Assert.That(echo.RawTarget, Is.EqualTo(expected));
    }

    [Test]
    public async Task Get_EncodedSlashInFinalSegment_StaysOneSegmentOfTheSameRoute()
    {
        await using var users = await TestBackend.StartAsync("users");
        await using var posts = await TestBackend.StartAsync("posts");
        using var file = new RouteFile(Routes.File([
            Routes.ByHost("/api/users/{id}/posts", "/api/users/{id}/posts", posts).With("Priority", 2),
            Routes.ByHost("/api/users/{id}", "/api/users/{id}", users),
        ]));
        await using var gateway = GatewayFactory.Start(file.Path);
        using var client = gateway.Client();

        var echo = await (await client.SendAsync(Verbatim(gateway, "/api/users/7%2Fposts"))).EchoAsync();

        Assert.That((echo.Backend, echo.RawTarget), Is.EqualTo(("users", "/api/users/7%2Fposts")));
    }

    [Test]
    public async Task Get_AggregateWithPercentEncodedValue_EveryPartReceivesItSpelledAsSent()
    {
        await using var users = await TestBackend.StartAsync("users");
        await using var posts = await TestBackend.StartAsync("posts");
        using var file = new RouteFile(Routes.File(
            [
                Routes.ByHost("/u/{id}", "/users/{id}", users).With("Key", "user"),
                Routes.ByHost("/p/{id}", "/posts/{id}/all", posts).With("Key", "posts"),
            ],
            aggregates: [new { RouteKeys = new[] { "user", "posts" }, UpstreamPathTemplate = "/profile/{id}" }]));
        await using var gateway = GatewayFactory.Start(file.Path);
        using var client = gateway.Client();

        var targets = new List<string>();
        foreach (var value in new[] { "a%2Fb", "a%252Fb", "%C3%A9" })
        {
            using var response = await client.SendAsync(Verbatim(gateway, "/profile/" + value + Query));
            var body = await response.Content.ReadFromJsonAsync<JsonElement>();
            targets.Add(body.GetProperty("user").GetProperty("RawTarget").GetString() + " " + body.GetProperty("posts").GetProperty("RawTarget").GetString());
        }

        Assert.That(targets, Is.EqualTo(new[]
        {
            "/users/a%2Fb" + Query + " /posts/a%2Fb/all" + Query,
            "/users/a%252Fb" + Query + " /posts/a%252Fb/all" + Query,
            "/users/%C3%A9" + Query + " /posts/%C3%A9/all" + Query,
        }));
    }

    /// <summary>A request whose target is sent byte for byte (no unescaping of <c>%41</c> or lower-case hex by <see cref="Uri"/>).</summary>
    private static HttpRequestMessage Verbatim(GatewayFactory gateway, string target) =>
        new(HttpMethod.Get, new Uri(gateway.Address.GetLeftPart(UriPartial.Authority) + target,
            new UriCreationOptions { DangerousDisablePathAndQueryCanonicalization = true }));
}
