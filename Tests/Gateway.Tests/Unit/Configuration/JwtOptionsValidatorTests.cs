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
}
