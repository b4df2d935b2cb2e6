using System.Security.Cryptography;
using PostService.Options;

namespace PostService.Tests.Unit.Options;

public sealed class JwtOptionsValidatorTests
{
    private readonly JwtOptionsValidator _validator = new();

    [Test]
    public void Validate_Authority_Succeeds()
    {
        var result = _validator.Validate(null, new JwtOptions { Authority = "http://localhost:5101" });

        Assert.That(result.Succeeded, Is.True);
    }

    [Test]
    public void Validate_PublicKeyWithoutAuthority_Succeeds()
    {
        using var rsa = RSA.Create(2048);

        var result = _validator.Validate(null, new JwtOptions { PublicKeyPem = rsa.ExportSubjectPublicKeyInfoPem() });

        Assert.That(result.Succeeded, Is.True);
    }

    [Test]
    public void Validate_NeitherAuthorityNorKey_FailsNamingBothKeys()
    {
        var result = _validator.Validate(null, new JwtOptions());

        Assert.That(result.Failed, Is.True);
        Assert.That(result.FailureMessage, Does.Contain("Jwt:Authority").And.Contain("Jwt:PublicKeyPem"));
    }

    [Test]
    public void Validate_UnreadableKey_Fails()
    {
        var result = _validator.Validate(null, new JwtOptions { PublicKeyPem = "-----BEGIN PUBLIC KEY-----\nnope\n-----END PUBLIC KEY-----" });

        Assert.That(result.Failed, Is.True);
    }

    [Test]
    public void Validate_EmptyIssuerOrAudience_Fails()
    {
        var result = _validator.Validate(null, new JwtOptions { Authority = "http://localhost:5101", Issuer = "", Audience = " " });

        Assert.That(result.Failures, Has.Count.EqualTo(2));
    }
}
