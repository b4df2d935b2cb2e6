using System.Net;
using System.Net.Http.Json;
using System.Security.Cryptography;
using System.Text.Json;
using EndToEnd.Tests.Infrastructure;
using Shared.Contracts.Posts;
using Shared.Contracts.Users;

namespace EndToEnd.Tests.BadInput;

/// <summary>Forged, expired and unsigned tokens, and valid tokens used on someone else's resources.</summary>
[TestFixture]
public sealed class TokenAbuseTests
{
    private SeededSystem _seeded = null!;
    private HttpClient _client = null!;
    private VictimScenario _scenario = null!;
    private string? _keyId;

    public enum Forgery
    {
        SignedByAnotherKey,
        Expired,
        AlgNone,
        WrongAudience,
        WrongIssuer,
        SubjectSwapped,
        Garbage,
    }

    [OneTimeSetUp]
    public async Task CreateScenario()
    {
        _seeded = await SharedSystem.GetAsync();
        _client = _seeded.System.CreateGatewayClient();
        _client.DefaultRequestHeaders.Add(GatewayRouteFiles.ClientIdHeader(), "tokens-" + Guid.NewGuid().ToString("N"));
        _scenario = await VictimScenario.CreateAsync(_client);
        _keyId = await SigningKeyIdAsync();
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
    public async Task Write_WithForgedToken_Returns401(
        [Values] Forgery forgery,
        [Values("POST /api/posts", "PUT /api/posts/{post}", "DELETE /api/posts/{post}", "PUT /api/users/{owner}")] string operation)
    {
        var token = Forge(forgery);
        var (method, path) = Split(operation);
        HttpContent? content = method == "DELETE" ? null
            : path.StartsWith("/api/users", StringComparison.Ordinal) ? JsonContent.Create(new UpdateUserRequest("Forged", "forged"))
            : JsonContent.Create(new UpdatePostRequest("Forged", "forged"));

        await _scenario.AssertRejectedAsync(ApiDriver.Authorized(new HttpMethod(method), path, token, content), HttpStatusCode.Unauthorized);
    }

    [TestCase("PUT", "/api/posts/{post}")]
    [TestCase("DELETE", "/api/posts/{post}")]
    [TestCase("PUT", "/api/users/{owner}")]
    [TestCase("DELETE", "/api/users/{owner}")]
    public async Task Change_AnotherUsersResource_Returns403(string method, string path)
    {
        HttpContent? content = method == "DELETE" ? null
            : path.StartsWith("/api/users", StringComparison.Ordinal) ? JsonContent.Create(new UpdateUserRequest("Intruder was here", null))
            : JsonContent.Create(new UpdatePostRequest("Intruder was here", "defaced"));

        var request = ApiDriver.Authorized(new HttpMethod(method), Resolve(path), _scenario.IntruderToken, content);

        await _scenario.AssertRejectedAsync(request, HttpStatusCode.Forbidden);
    }

    private string Forge(Forgery forgery)
    {
        var owner = _scenario.Owner.Id;
        switch (forgery)
        {
            case Forgery.SignedByAnotherKey:
                using (var attackerKey = RSA.Create(2048))
                {
                    return TokenForge.Signed(attackerKey, owner, DateTimeOffset.UtcNow.AddHours(1));
                }

            case Forgery.AlgNone:
                return TokenForge.Unsigned(owner);
            case Forgery.SubjectSwapped:
                return TokenForge.WithSubjectReplaced(_scenario.IntruderToken, owner);
            case Forgery.Garbage:
                return "not.a.jwt";
            default:
                using (var realKey = TokenForge.LoadDevelopmentKey(_seeded.System.UserDataDirectory))
                {
                    return forgery switch
                    {
                        // Well past the 60 s clock skew the validators allow.
                        Forgery.Expired => TokenForge.Signed(realKey, owner, DateTimeOffset.UtcNow.AddMinutes(-10), keyId: _keyId),
                        Forgery.WrongAudience => TokenForge.Signed(realKey, owner, DateTimeOffset.UtcNow.AddHours(1), audience: "someone-else", keyId: _keyId),
                        _ => TokenForge.Signed(realKey, owner, DateTimeOffset.UtcNow.AddHours(1), issuer: "https://evil.example", keyId: _keyId),
                    };
                }
        }
    }

    // Tokens made with the real key carry its real key id, so only the claim under test is wrong.
    private async Task<string?> SigningKeyIdAsync()
    {
        using var direct = new HttpClient { BaseAddress = _seeded.System.UserServices[0].BaseAddress };
        using var jwks = await direct.GetFromJsonAsync<JsonDocument>(new Uri("/.well-known/jwks.json", UriKind.Relative));
        return jwks!.RootElement.GetProperty("keys")[0].TryGetProperty("kid", out var kid) ? kid.GetString() : null;
    }

    private (string Method, string Path) Split(string operation)
    {
        var parts = operation.Split(' ');
        return (parts[0], Resolve(parts[1]));
    }

    private string Resolve(string path) =>
        path.Replace("{post}", _scenario.Post.Id.ToString(), StringComparison.Ordinal)
            .Replace("{owner}", _scenario.Owner.Id.ToString(), StringComparison.Ordinal);
}
