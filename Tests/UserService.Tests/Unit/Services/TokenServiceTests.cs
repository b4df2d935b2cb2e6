using System.Security.Cryptography;
using Microsoft.IdentityModel.JsonWebTokens;
using Microsoft.IdentityModel.Tokens;
using Moq;
using ServiceDefaults.Auth;
using UserService.Options;
using UserService.Services;
using UserService.Tests.Support;

namespace UserService.Tests.Unit.Services;

internal sealed class TokenServiceTests
{
    private static readonly DateTimeOffset Now = new(2030, 1, 1, 0, 0, 0, TimeSpan.Zero);
    private readonly RSA _rsa = RSA.Create(2048);
    private RsaSecurityKey _key = null!;
    private TokenService _service = null!;

    [SetUp]
    public void CreateService()
    {
        _key = new RsaSecurityKey(_rsa) { KeyId = "kid-1" };
        var keys = new Mock<ISigningKeyProvider>();
        keys.Setup(k => k.SigningKey).Returns(_key);
        var options = Microsoft.Extensions.Options.Options.Create(new JwtOptions { Issuer = "iss", Audience = "aud", AccessTokenLifetimeMinutes = 15 });
        _service = new TokenService(keys.Object, options, new TestTimeProvider(Now));
    }

    [OneTimeTearDown]
    public void DisposeKey() => _rsa.Dispose();

    [Test]
    public void CreateToken_Always_CarriesTheRequiredClaims()
    {
        var userId = Guid.NewGuid();

        var jwt = new JsonWebToken(_service.CreateToken(userId, "alice").Token);

        Assert.That(jwt.Issuer, Is.EqualTo("iss"));
        Assert.That(jwt.Audiences, Is.EqualTo(new[] { "aud" }));
        Assert.That(jwt.Subject, Is.EqualTo(userId.ToString()));
        Assert.That(jwt.GetClaim("name").Value, Is.EqualTo("alice"));
        Assert.That(jwt.IssuedAt, Is.EqualTo(Now.UtcDateTime));
        Assert.That(jwt.ValidTo, Is.EqualTo(Now.UtcDateTime.AddMinutes(15)));
        Assert.That(jwt.Id, Is.Not.Empty);
    }

    [Test]
    public void CreateToken_Always_SignsRs256WithTheKeysId()
    {
        var jwt = new JsonWebToken(_service.CreateToken(Guid.NewGuid(), "alice").Token);

        Assert.That(jwt.Alg, Is.EqualTo(SecurityAlgorithms.RsaSha256));
        Assert.That(jwt.Kid, Is.EqualTo("kid-1"));
    }

    [Test]
    public void CreateToken_Response_ReportsLifetimeInSeconds()
    {
        var response = _service.CreateToken(Guid.NewGuid(), "alice");

        Assert.That(response.ExpiresIn, Is.EqualTo(15 * 60));
    }

    [Test]
    public void CreateToken_TwoTokens_HaveDistinctIds()
    {
        var first = new JsonWebToken(_service.CreateToken(Guid.NewGuid(), "a").Token);
        var second = new JsonWebToken(_service.CreateToken(Guid.NewGuid(), "a").Token);

        Assert.That(first.Id, Is.Not.EqualTo(second.Id));
    }

    [Test]
    public async Task CreateToken_ValidatedWithThePublicKey_IsValidUntilExpiry()
    {
        var token = _service.CreateToken(Guid.NewGuid(), "alice").Token;
        var parameters = TokenValidation.Create("iss", "aud", new RsaSecurityKey(_rsa.ExportParameters(false)));
        parameters.LifetimeValidator = (notBefore, expires, _, _) => notBefore <= Now.UtcDateTime && Now.UtcDateTime < expires;

        var result = await new JsonWebTokenHandler().ValidateTokenAsync(token, parameters);

        Assert.That(result.IsValid, Is.True, result.Exception?.Message);
    }
}
