using System.Security.Cryptography;
using Microsoft.Extensions.Hosting.Internal;
using UserService.Options;

namespace UserService.Tests.Unit.Options;

internal sealed class JwtOptionsValidatorTests
{
    [TestCase("Development", true)]
    [TestCase("Production", false)]
    [TestCase("Staging", false)]
    public void Validate_NoKey_AllowedOnlyInDevelopment(string environment, bool succeeds)
    {
        var result = Validator(environment).Validate(null, new JwtOptions());

        Assert.That(result.Succeeded, Is.EqualTo(succeeds));
        if (!succeeds)
        {
            Assert.That(result.FailureMessage, Does.Contain("Jwt:PrivateKeyPem is required outside Development"));
        }
    }

    [Test]
    public void Validate_Rsa2048Pem_Succeeds()
    {
        using var rsa = RSA.Create(2048);

        var result = Validator("Production").Validate(null, new JwtOptions { PrivateKeyPem = rsa.ExportPkcs8PrivateKeyPem() });

        Assert.That(result.Succeeded, Is.True);
    }

    [Test]
    public void Validate_SmallKey_Fails()
    {
        using var rsa = RSA.Create(1024);

        var result = Validator("Production").Validate(null, new JwtOptions { PrivateKeyPem = rsa.ExportPkcs8PrivateKeyPem() });

        Assert.That(result.Failed, Is.True);
    }

    [Test]
    public void Validate_Garbage_FailsWithoutEchoingIt()
    {
        var result = Validator("Development").Validate(null, new JwtOptions { PrivateKeyPem = "secret-looking garbage" });

        Assert.That(result.Failed, Is.True);
        Assert.That(result.FailureMessage, Does.Not.Contain("secret-looking"));
    }

    [Test]
    public void Validate_AdditionalPublicKey_Succeeds()
    {
        using var rsa = RSA.Create(2048);

        var result = Validator("Development").Validate(null, new JwtOptions { AdditionalPublicKeysPem = [rsa.ExportSubjectPublicKeyInfoPem()] });

        Assert.That(result.Succeeded, Is.True);
    }

    [Test]
    public void Validate_AdditionalKeyIsAPrivateKey_FailsNamingItsPosition()
    {
        using var current = RSA.Create(2048);
        using var previous = RSA.Create(2048);

        var result = Validator("Production").Validate(null, new JwtOptions
        {
            PrivateKeyPem = current.ExportPkcs8PrivateKeyPem(),
            AdditionalPublicKeysPem = [previous.ExportSubjectPublicKeyInfoPem(), previous.ExportPkcs8PrivateKeyPem()],
        });

        Assert.That(result.Failed, Is.True);
        Assert.That(result.FailureMessage, Does.Contain("Jwt:AdditionalPublicKeysPem:1 holds a private key"));
    }

    private static JwtOptionsValidator Validator(string environmentName) =>
        new(new HostingEnvironment { EnvironmentName = environmentName });
}
