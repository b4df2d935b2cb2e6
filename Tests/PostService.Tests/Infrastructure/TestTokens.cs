using System.Security.Claims;
using System.Security.Cryptography;
using System.Text;
using Microsoft.IdentityModel.JsonWebTokens;
using Microsoft.IdentityModel.Tokens;

namespace PostService.Tests.Infrastructure;

/// <summary>Mints tokens the way the UserService does, with a key whose public half the app under test trusts.</summary>
public sealed class TestTokens : IDisposable
{
    public const string Issuer = "microservices-userservice";
    public const string Audience = "microservices";
    public const string KeyId = "test-key";

    private readonly RSA _key = RSA.Create(2048);

    public string PublicKeyPem => _key.ExportSubjectPublicKeyInfoPem();

    public RsaSecurityKey PublicKey => new(_key.ExportParameters(includePrivateParameters: false)) { KeyId = KeyId };

    public string For(Guid userId) => Create(userId.ToString());

    public string Create(
        string subject,
        DateTime? expires = null,
        string issuer = Issuer,
        string audience = Audience,
        RSA? signingKey = null,
        string algorithm = SecurityAlgorithms.RsaSha256)
    {
        var expiry = expires ?? DateTime.UtcNow.AddHours(1);
        var descriptor = new SecurityTokenDescriptor
        {
            Issuer = issuer,
            Audience = audience,
            Subject = new ClaimsIdentity([new Claim(JwtRegisteredClaimNames.Sub, subject), new Claim("name", "test user")]),
            IssuedAt = expiry.AddHours(-2),
            NotBefore = expiry.AddHours(-2),
            Expires = expiry,
            SigningCredentials = new SigningCredentials(
                new RsaSecurityKey(signingKey ?? _key) { KeyId = KeyId }, algorithm),
        };
        return new JsonWebTokenHandler().CreateToken(descriptor);
    }

    /// <summary>A well-formed token with <c>alg: none</c> and no signature.</summary>
    public static string WithAlgNone(Guid userId)
    {
        var exp = DateTimeOffset.UtcNow.AddHours(1).ToUnixTimeSeconds();
        var header = Base64UrlEncoder.Encode(Encoding.UTF8.GetBytes("""{"alg":"none","typ":"JWT"}"""));
        var payload = Base64UrlEncoder.Encode(Encoding.UTF8.GetBytes(
            $$"""{"sub":"{{userId}}","iss":"{{Issuer}}","aud":"{{Audience}}","exp":{{exp}}}"""));
        return $"{header}.{payload}.";
    }

    public void Dispose() => _key.Dispose();
}
