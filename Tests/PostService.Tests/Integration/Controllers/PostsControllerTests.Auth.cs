using System.Net;
using System.Net.Http.Json;
using System.Security.Cryptography;
using Microsoft.IdentityModel.Tokens;
using PostService.Tests.Infrastructure;
using Shared.Contracts.Posts;

namespace PostService.Tests.Integration.Controllers;

public sealed partial class PostsControllerTests
{
    public enum BadToken
    {
        Expired,
        Forged,
        AlgNone,
        TrustedKeyNotRs256,
        WrongIssuer,
        WrongAudience,
        Garbage,
    }

    [TestCase(BadToken.Expired)]
    [TestCase(BadToken.Forged)]
    [TestCase(BadToken.AlgNone)]
    [TestCase(BadToken.TrustedKeyNotRs256)]
    [TestCase(BadToken.WrongIssuer)]
    [TestCase(BadToken.WrongAudience)]
    [TestCase(BadToken.Garbage)]
    public async Task Create_InvalidToken_Returns401Problem(BadToken kind)
    {
        using var client = Anonymous().WithToken(Mint(kind, Guid.NewGuid()));

        using var response = await client.PostAsJsonAsync("/api/posts", new CreatePostRequest("t", "b"));

        await ProblemAssert.IsProblemAsync(response, HttpStatusCode.Unauthorized);
    }

    [Test]
    public async Task Create_TokenExpiredWithinClockSkew_Returns201()
    {
        var token = Factory.Tokens.Create(Guid.NewGuid().ToString(), expires: DateTime.UtcNow.AddSeconds(-20));
        using var client = Anonymous().WithToken(token);

        using var response = await client.PostAsJsonAsync("/api/posts", new CreatePostRequest("t", "b"));

        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.Created));
    }

    private string Mint(BadToken kind, Guid user)
    {
        var subject = user.ToString();
        switch (kind)
        {
            case BadToken.Expired:
                return Factory.Tokens.Create(subject, expires: DateTime.UtcNow.AddMinutes(-5));
            case BadToken.Forged:
                using (var otherKey = RSA.Create(2048))
                {
                    return Factory.Tokens.Create(subject, signingKey: otherKey);
                }

            case BadToken.AlgNone:
                return TestTokens.WithAlgNone(user);
            case BadToken.TrustedKeyNotRs256:
                return Factory.Tokens.Create(subject, algorithm: SecurityAlgorithms.RsaSha512);
            case BadToken.WrongIssuer:
                return Factory.Tokens.Create(subject, issuer: "someone-else");
            case BadToken.WrongAudience:
                return Factory.Tokens.Create(subject, audience: "another-api");
            default:
                return "not.a.token";
        }
    }
}
