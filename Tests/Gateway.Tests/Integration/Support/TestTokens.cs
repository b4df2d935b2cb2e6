using System.Security.Claims;
using System.Security.Cryptography;
using Microsoft.IdentityModel.JsonWebTokens;
using Microsoft.IdentityModel.Tokens;

namespace Gateway.Tests.Integration.Support;

/// <summary>Signs test JWTs with an RSA key generated per test run; the gateway trusts its public half.</summary>
internal static class TestTokens
{
    private static readonly RSA Key = RSA.Create(2048);

    public static string PublicKeyPem { get; } = Key.ExportSubjectPublicKeyInfoPem();

    public static Dictionary<string, string?> Settings => new() { ["Jwt:PublicKeyPem"] = PublicKeyPem };

    public static string Create(IDictionary<string, object>? claims = null, string issuer = "microservices-userservice",
        string audience = "microservices", TimeSpan? lifetime = null, string algorithm = SecurityAlgorithms.RsaSha256)
    {
        var now = DateTime.UtcNow;
        var expires = now + (lifetime ?? TimeSpan.FromMinutes(10));
        var descriptor = new SecurityTokenDescriptor
        {
            Issuer = issuer,
            Audience = audience,
            NotBefore = expires < now ? expires.AddMinutes(-5) : now,
            IssuedAt = expires < now ? expires.AddMinutes(-5) : now,
            Expires = expires,
            Subject = new ClaimsIdentity([new Claim("sub", "user-1")]),
            Claims = claims ?? new Dictionary<string, object>(),
            SigningCredentials = new SigningCredentials(new RsaSecurityKey(Key), algorithm),
        };
        return new JsonWebTokenHandler().CreateToken(descriptor);
    }
}
