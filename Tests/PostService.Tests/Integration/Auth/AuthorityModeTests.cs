using System.Net;
using System.Net.Http.Json;
using System.Security.Cryptography;
using PostService.Tests.Infrastructure;
using Shared.Contracts.Posts;

namespace PostService.Tests.Integration.Auth;

/// <summary>
/// Validation by authority, the production mode: keys come from a (fake) UserService's discovery
/// document and JWKS over real HTTP, not from configuration.
/// </summary>
public sealed class AuthorityModeTests
{
    private FakeAuthority _authority = null!;
    private PostServiceFactory _factory = null!;
    private TestTokens _tokens = null!;

    [OneTimeSetUp]
    public async Task StartAsync()
    {
        _tokens = new TestTokens();
        _authority = await FakeAuthority.StartAsync(_tokens.PublicKey);
        _factory = new PostServiceFactory(settings: new Dictionary<string, string?>
        {
            ["Jwt:Authority"] = _authority.BaseUrl,
            ["Jwt:RequireHttpsMetadata"] = "false",
        })
        {
            TrustTokensByPublicKey = false,
        };
    }

    [OneTimeTearDown]
    public async Task StopAsync()
    {
        _factory.Dispose();
        await _authority.DisposeAsync();
        _tokens.Dispose();
    }

    [Test]
    public async Task Create_TokenSignedByAuthorityKey_Returns201()
    {
        var author = Guid.NewGuid();
        using var client = _factory.CreateClient().WithToken(_tokens.For(author));

        using var response = await client.PostAsJsonAsync("/api/posts", new CreatePostRequest("t", "b"));

        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.Created));
        Assert.That(_authority.JwksRequests, Is.GreaterThan(0), "the keys came from the authority");
    }

    [Test]
    public async Task Create_TokenSignedByAnotherKey_Returns401()
    {
        using var otherKey = RSA.Create(2048);
        using var client = _factory.CreateClient().WithToken(_tokens.Create(Guid.NewGuid().ToString(), signingKey: otherKey));

        using var response = await client.PostAsJsonAsync("/api/posts", new CreatePostRequest("t", "b"));

        await ProblemAssert.IsProblemAsync(response, HttpStatusCode.Unauthorized);
    }
}
