using Microsoft.IdentityModel.Tokens;

namespace ServiceDefaults.Auth;

/// <summary>The one token-validation policy of the system: RS256 only, issuer, audience, lifetime.</summary>
public static class TokenValidation
{
    /// <summary>Tokens are accepted up to this long after they expire, to absorb clock drift.</summary>
    public static readonly TimeSpan ClockSkew = TimeSpan.FromSeconds(60);

    /// <summary>The policy; <paramref name="signingKeys"/> are the keys to accept (none: those of the authority's JWKS).</summary>
    public static TokenValidationParameters Create(string issuer, string audience, params IReadOnlyList<SecurityKey> signingKeys) => new()
    {
        ValidateIssuer = true,
        ValidIssuer = issuer,
        ValidateAudience = true,
        ValidAudience = audience,
        ValidateLifetime = true,
        RequireExpirationTime = true,
        ClockSkew = ClockSkew,
        ValidAlgorithms = [SecurityAlgorithms.RsaSha256],
        ValidateIssuerSigningKey = true,
        IssuerSigningKeys = signingKeys.Count > 0 ? signingKeys : null,
        NameClaimType = "name",
        RoleClaimType = "role",
    };
}
