using System.Security.Cryptography;
using Microsoft.Extensions.Hosting.Internal;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.IdentityModel.Tokens;
using ServiceDefaults.Options;
using UserService.Options;
using UserService.Services;

namespace UserService.Tests.Unit.Services;

internal sealed class SigningKeyProviderTests
{
    private string _directory = null!;

    [SetUp]
    public void CreateDirectory() => _directory = Directory.CreateTempSubdirectory("userservice-keys").FullName;

    [TearDown]
    public void DeleteDirectory() => Directory.Delete(_directory, recursive: true);

    [Test]
    public void Create_ConfiguredPem_KeyIdIsRfc7638Thumbprint()
    {
        using var rsa = RSA.Create(2048);

        using var provider = Create(rsa.ExportPkcs8PrivateKeyPem(), "Production");

        var expected = Base64UrlEncoder.Encode(JsonWebKeyConverter.ConvertFromRSASecurityKey(new RsaSecurityKey(rsa.ExportParameters(false))).ComputeJwkThumbprint());
        Assert.That(provider.SigningKey.KeyId, Is.EqualTo(expected));
        Assert.That(provider.PublicKey.KeyId, Is.EqualTo(expected));
        Assert.That(provider.PublicKey.PrivateKeyStatus, Is.EqualTo(PrivateKeyStatus.DoesNotExist));
    }

    [Test]
    public void Create_DevelopmentWithoutPem_GeneratesKeyFileOnceAndReusesIt()
    {
        using var first = Create(string.Empty, "Development");
        using var second = Create(string.Empty, "Development");

        Assert.That(File.Exists(Path.Combine(_directory, SigningKeyProvider.DevelopmentKeyFileName)), Is.True);
        Assert.That(second.SigningKey.KeyId, Is.EqualTo(first.SigningKey.KeyId));
    }

    [Test]
    public void Create_ProductionWithoutPem_Throws() =>
        Assert.That(() => Create(string.Empty, "Production"), Throws.InvalidOperationException);

    private SigningKeyProvider Create(string pem, string environmentName) =>
        new(
            Microsoft.Extensions.Options.Options.Create(new JwtOptions { PrivateKeyPem = pem }),
            Microsoft.Extensions.Options.Options.Create(new DatabaseOptions { DataDirectory = _directory }),
            new HostingEnvironment { EnvironmentName = environmentName, ContentRootPath = _directory },
            NullLogger<SigningKeyProvider>.Instance);
}
