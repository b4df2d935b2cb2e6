using System.Security.Cryptography;
using Gateway.Configuration;

namespace Gateway.Tests.Unit.Configuration;

public sealed class JwtOptionsValidatorTests
{
    [Test]
    public void Validate_ReadableRsaPublicKey_Succeeds()
    {
        using var rsa = RSA.Create(2048);

        var result = new JwtOptionsValidator().Validate(null, new JwtOptions { PublicKeyPem = rsa.ExportSubjectPublicKeyInfoPem() });

        Assert.That(result.Succeeded, Is.True, result.FailureMessage);
    }

    [TestCase("not a key")]
    [TestCase("-----BEGIN PUBLIC KEY-----\nAAAA\n-----END PUBLIC KEY-----")]
    public void Validate_UnreadablePublicKey_FailsNamingTheKey(string pem)
    {
        var result = new JwtOptionsValidator().Validate(null, new JwtOptions { PublicKeyPem = pem });

        Assert.That(result.Failed, Is.True);
        Assert.That(result.FailureMessage, Does.Contain("Jwt:PublicKeyPem is not a readable RSA public key"));
    }

    [Test]
    public void Validate_PrivateKey_FailsSoTheGatewayNeverHoldsOne()
    {
        using var rsa = RSA.Create(2048);

        var result = new JwtOptionsValidator().Validate(null, new JwtOptions { PublicKeyPem = rsa.ExportRSAPrivateKeyPem() });

        Assert.That(result.FailureMessage, Does.Contain("private key"));
    }

    [Test]
    public void Validate_NeitherKeyNorAbsoluteAuthority_Fails()
    {
        var result = new JwtOptionsValidator().Validate(null, new JwtOptions { Authority = "userservice" });

        Assert.That(result.FailureMessage, Does.Contain("Jwt:Authority"));
    }

    [Test]
    public void Validate_HttpAuthorityWhileHttpsMetadataRequired_FailsNamingBothKeys()
    {
        var result = new JwtOptionsValidator().Validate(null, new JwtOptions { Authority = "http://userservice:8080", RequireHttpsMetadata = true });

        Assert.That(result.Failed, Is.True);
        Assert.That(result.FailureMessage, Does.Contain("Jwt:Authority").And.Contain("Jwt:RequireHttpsMetadata"));
    }

    [Test]
    public void Validate_Defaults_RequireHttpsMetadataSoTheDefaultHttpAuthorityIsRefused()
    {
        // Secure by default, as JwtBearer: an environment on plain HTTP must say so.
        var result = new JwtOptionsValidator().Validate(null, new JwtOptions());

        Assert.That(result.FailureMessage, Does.Contain("Jwt:RequireHttpsMetadata"));
    }

    [Test]
    public void Validate_HttpsAuthorityWhileHttpsMetadataRequired_Succeeds()
    {
        var result = new JwtOptionsValidator().Validate(null, new JwtOptions { Authority = "https://users.example.com", RequireHttpsMetadata = true });

        Assert.That(result.Succeeded, Is.True, result.FailureMessage);
    }

    [Test]
    public void Validate_HttpAuthorityWithHttpsMetadataOff_Succeeds()
    {
        var result = new JwtOptionsValidator().Validate(null, new JwtOptions { Authority = "http://userservice:8080", RequireHttpsMetadata = false });

        Assert.That(result.Succeeded, Is.True, result.FailureMessage);
    }

    [Test]
    public void Validate_PublicKeyWithAnUnusedHttpAuthority_Succeeds()
    {
        // With a public key nothing is fetched from the authority, so its scheme does not matter.
        using var rsa = RSA.Create(2048);
        var options = new JwtOptions { Authority = "http://localhost:5101", RequireHttpsMetadata = true, PublicKeyPem = rsa.ExportSubjectPublicKeyInfoPem() };

        var result = new JwtOptionsValidator().Validate(null, options);

        Assert.That(result.Succeeded, Is.True, result.FailureMessage);
    }
}
