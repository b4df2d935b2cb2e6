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

    [Range(1, 24 * 60)]
    public int AccessTokenLifetimeMinutes { get; set; } = 60;
}
