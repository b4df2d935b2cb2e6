using System.ComponentModel.DataAnnotations;

namespace UserService.Options;

/// <summary>How access tokens are issued and validated (section <c>Jwt</c>).</summary>
public sealed class JwtOptions
{
    public const string SectionName = "Jwt";

    [Required]
    public string Issuer { get; set; } = "microservices-userservice";

    [Required]
    public string Audience { get; set; } = "microservices";

    /// <summary>
    /// The RSA private key (PEM). Empty in Development means a key generated once into the data
    /// folder; empty anywhere else fails start-up.
    /// </summary>
    public string PrivateKeyPem { get; set; } = string.Empty;

    /// <summary>
    /// RSA public keys (PEM) published in the JWKS and accepted, never used to sign: the next key
    /// before a rotation, the previous one after it, until its last token has expired (README,
    /// "Rotating the signing key").
    /// </summary>
    public List<string> AdditionalPublicKeysPem { get; set; } = [];

    /// <summary>
    /// Short on purpose: an access token cannot be revoked, so this is how long a deleted account
    /// (or a revoked session) keeps working at PostService.
    /// </summary>
    [Range(1, 24 * 60)]
    public int AccessTokenLifetimeMinutes { get; set; } = 15;

    /// <summary>How long a refresh token stays usable; each exchange issues a new one with a fresh lifetime.</summary>
    [Range(1, 365)]
    public int RefreshTokenLifetimeDays { get; set; } = 14;

    /// <summary>
    /// Sessions (logins with a live refresh token) kept per user; a login beyond this ends the
    /// least recently renewed one, so a loop of logins cannot grow the table.
    /// </summary>
    [Range(1, 1000)]
    public int MaxSessionsPerUser { get; set; } = 20;
}
