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

    [Range(1, 24 * 60)]
    public int AccessTokenLifetimeMinutes { get; set; } = 60;
}
