using System.Net;
using System.Security.Cryptography;
using System.Text.Json;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.IdentityModel.JsonWebTokens;
using Microsoft.IdentityModel.Tokens;
using ServiceDefaults.Options;
using UserService.Services;
using UserService.Tests.Support;

namespace UserService.Tests.Integration.Controllers;

/// <summary>A rotation's other key (Jwt:AdditionalPublicKeysPem) is published and accepted, never used to sign.</summary>
[TestFixture(DatabaseProvider.Sqlite)]
[TestFixture(DatabaseProvider.SqlServer)]
internal sealed class KeyRotationTests(DatabaseProvider provider) : IntegrationTest(provider)
{
    private readonly RSA _previous = RSA.Create(2048);

    [OneTimeTearDown]
    public void DisposeKey() => _previous.Dispose();

    [Test]
    public async Task Jwks_AdditionalKey_PublishedAfterTheSigningKey()
    {
        var signing = Factory.Services.GetRequiredService<ISigningKeyProvider>().SigningKey.KeyId;

        var json = JsonDocument.Parse(await Client.GetStringAsync("/.well-known/jwks.json")).RootElement;

        var kids = json.GetProperty("keys").EnumerateArray().Select(k => k.GetProperty("kid").GetString()).ToArray();
        Assert.That(kids, Is.EqualTo(new[] { signing, Thumbprint(_previous) }));
    }

    [Test]
    public async Task Me_TokenSignedByThePreviousKey_Returns200()
    {
        var (user, _) = await Client.Register();
        var token = Sign(user.Id, new RsaSecurityKey(_previous) { KeyId = Thumbprint(_previous) });

        using var response = await Client.SendAsync(UserApi.Request(HttpMethod.Get, "/api/users/me", token));

        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.OK));
    }

    [Test]
    public async Task Token_Issued_IsSignedByTheCurrentKeyOnly()
    {
        var (user, _) = await Client.Register();
        var signing = Factory.Services.GetRequiredService<ISigningKeyProvider>().SigningKey.KeyId;

        var token = await Client.Token(user.UserName);

        Assert.That(new JsonWebToken(token).Kid, Is.EqualTo(signing).And.Not.EqualTo(Thumbprint(_previous)));
    }

    protected override UserServiceFactory CreateFactory()
    {
        var factory = new UserServiceFactory(Provider);
        factory.Settings["Jwt:AdditionalPublicKeysPem:0"] = _previous.ExportSubjectPublicKeyInfoPem();
        return factory;
    }

    private static string Thumbprint(RSA rsa) =>
        Base64UrlEncoder.Encode(new RsaSecurityKey(rsa.ExportParameters(false)).ComputeJwkThumbprint());

    private static string Sign(Guid subject, SecurityKey key) =>
        new JsonWebTokenHandler().CreateToken(new SecurityTokenDescriptor
        {
            Issuer = "microservices-userservice",
            Audience = "microservices",
            Expires = DateTime.UtcNow.AddMinutes(5),
            Claims = new Dictionary<string, object> { ["sub"] = subject.ToString() },
            SigningCredentials = new SigningCredentials(key, SecurityAlgorithms.RsaSha256),
        });
}
