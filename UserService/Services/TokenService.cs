using System.Security.Cryptography;
using Microsoft.Extensions.Options;
using Microsoft.IdentityModel.JsonWebTokens;
using Microsoft.IdentityModel.Tokens;
using UserService.Options;

namespace UserService.Services;

/// <summary>RS256 JWTs carrying iss, aud, sub, name, iat, nbf, exp and a fresh jti.</summary>
internal sealed class TokenService(
    ISigningKeyProvider keys, IOptions<JwtOptions> options, TimeProvider clock) : ITokenService
{
    public const string TokenType = "Bearer";

    private readonly JsonWebTokenHandler _handler = new() { SetDefaultTimesOnTokenCreation = false };

    public AccessToken CreateToken(Guid userId, string userName)
    {
        var jwt = options.Value;
        var lifetime = TimeSpan.FromMinutes(jwt.AccessTokenLifetimeMinutes);
        var now = clock.GetUtcNow().UtcDateTime;
        var descriptor = new SecurityTokenDescriptor
        {
            Issuer = jwt.Issuer,
            Audience = jwt.Audience,
            IssuedAt = now,
            NotBefore = now,
            Expires = now + lifetime,
            Claims = new Dictionary<string, object>
            {
                [JwtRegisteredClaimNames.Sub] = userId.ToString(),
                [JwtRegisteredClaimNames.Name] = userName,
                [JwtRegisteredClaimNames.Jti] = Convert.ToHexStringLower(RandomNumberGenerator.GetBytes(16)),
            },
            SigningCredentials = new SigningCredentials(keys.SigningKey, SecurityAlgorithms.RsaSha256),
        };

        return new AccessToken(_handler.CreateToken(descriptor), (int)lifetime.TotalSeconds);
    }
}
