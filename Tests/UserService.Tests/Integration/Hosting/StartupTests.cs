using System.Net.Http.Json;
using System.Security.Cryptography;
using Microsoft.IdentityModel.JsonWebTokens;
using Microsoft.IdentityModel.Tokens;
using UserService.Services;
using UserService.Tests.Support;

namespace UserService.Tests.Integration.Hosting;

/// <summary>Signing-key configuration per environment.</summary>
internal sealed class StartupTests
{
    [Test]
    public void Start_ProductionWithoutPrivateKey_FailsNamingTheSetting()
    {
        using var factory = new UserServiceFactory { EnvironmentName = "Production" };

        var failure = Assert.Catch(() => factory.CreateClient());

        Assert.That(failure!.ToString(), Does.Contain("Jwt:PrivateKeyPem is required outside Development"));
    }

    [Test]
    public void Start_ProductionWithInvalidPrivateKey_Fails()
    {
        using var factory = new UserServiceFactory { EnvironmentName = "Production" };
        factory.Settings["Jwt:PrivateKeyPem"] = "-----BEGIN PRIVATE KEY-----\nnot a key\n-----END PRIVATE KEY-----";

        var failure = Assert.Catch(() => factory.CreateClient());

        Assert.That(failure!.ToString(), Does.Contain("Jwt:PrivateKeyPem is not a valid RSA private key"));
    }

    [TestCase("Jwt:RefreshTokenLifetimeDays", "0")]
    [TestCase("Jwt:MaxSessionsPerUser", "0")]
    [TestCase("Jwt:AccessTokenLifetimeMinutes", "0")]
    public void Start_TokenLifetimeOrLimitOutOfRange_FailsNamingTheSetting(string key, string value)
    {
        using var factory = new UserServiceFactory();
        factory.Settings[key] = value;

        var failure = Assert.Catch(() => factory.CreateClient());

        Assert.That(failure!.ToString(), Does.Contain(key.Split(':')[1]));
    }

    [Test]
    public async Task Start_ProductionWithPrivateKey_SignsWithThatKeyAndCreatesNoKeyFile()
    {
        using var rsa = RSA.Create(2048);
        using var factory = new UserServiceFactory { EnvironmentName = "Production" };
        factory.Settings["Jwt:PrivateKeyPem"] = rsa.ExportPkcs8PrivateKeyPem();
        using var client = factory.CreateClient();
        var (user, _) = await client.Register();

        var token = await client.Token(user.UserName);

        var expectedKid = Base64UrlEncoder.Encode(new RsaSecurityKey(rsa.ExportParameters(false)).ComputeJwkThumbprint());
        Assert.That(new JsonWebToken(token).Kid, Is.EqualTo(expectedKid));
        var jwks = await client.GetFromJsonAsync<Shared.Contracts.Auth.JsonWebKeySetResponse>("/.well-known/jwks.json");
        Assert.That(jwks!.Keys.Single().Kid, Is.EqualTo(expectedKid));
        Assert.That(File.Exists(Path.Combine(factory.DataDirectory, SigningKeyProvider.DevelopmentKeyFileName)), Is.False);
    }

    [Test]
    public async Task Start_TwoDevelopmentInstancesOnOneDataFolder_ShareTheGeneratedKey()
    {
        using var first = new UserServiceFactory();
        using var second = new UserServiceFactory();
        second.Settings["Database:DataDirectory"] = first.DataDirectory;
        using var firstClient = first.CreateClient();
        using var secondClient = second.CreateClient();

        var keys = await Task.WhenAll(
            firstClient.GetStringAsync("/.well-known/jwks.json"),
            secondClient.GetStringAsync("/.well-known/jwks.json"));

        Assert.That(keys[0], Is.EqualTo(keys[1]));
        var (user, _) = await firstClient.Register();
        var token = await firstClient.Token(user.UserName);
        using var me = await secondClient.SendAsync(UserApi.Request(HttpMethod.Get, "/api/users/me", token));
        Assert.That(me.IsSuccessStatusCode, Is.True);
    }
}
