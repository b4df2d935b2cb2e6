using System.Security.Cryptography;
using PostService.Options;

namespace PostService.Tests.Unit.Options;

public sealed class JwtOptionsValidatorTests
{
    private readonly JwtOptionsValidator _validator = new();

    [Test]
    public void Validate_HttpsAuthority_Succeeds()
    {
        var result = _validator.Validate(null, new JwtOptions { Authority = "https://users.example.com" });

        Assert.That(result.Succeeded, Is.True, result.FailureMessage);
    }

    [Test]
    public void Validate_HttpAuthorityWithHttpsMetadataOff_Succeeds()
    {
        var result = _validator.Validate(null, new JwtOptions { Authority = "http://localhost:5101", RequireHttpsMetadata = false });

        Assert.That(result.Succeeded, Is.True, result.FailureMessage);
    }

    [Test]
    public void Validate_HttpAuthorityWithDefaultHttpsMetadata_FailsNamingBothKeys()
    {
        // Secure by default, as JwtBearer: without this check the first authenticated request would be a 500.
        var result = _validator.Validate(null, new JwtOptions { Authority = "http://userservice:8080" });

        Assert.That(result.Failed, Is.True);
        Assert.That(result.FailureMessage, Does.Contain("Jwt:Authority").And.Contain("Jwt:RequireHttpsMetadata"));
    }

    [Test]
    public void Validate_PublicKeyWithAnUnusedHttpAuthority_Succeeds()
    {
        using var rsa = RSA.Create(2048);
        var options = new JwtOptions { Authority = "http://localhost:5101", RequireHttpsMetadata = true, PublicKeyPem = rsa.ExportSubjectPublicKeyInfoPem() };

        var result = _validator.Validate(null, options);

        Assert.That(result.Succeeded, Is.True, result.FailureMessage);
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
        var result = _validator.Validate(null, new JwtOptions { Authority = "https://users.example.com", Issuer = "", Audience = " " });

        Assert.That(result.Failures, Has.Count.EqualTo(2));
    }
}
