namespace PostService.Options;

/// <summary>How bearer tokens are validated: by the UserService's published keys, or by a configured public key.</summary>
public sealed class JwtOptions
{
    public const string SectionName = "Jwt";

    /// <summary>The UserService base URL whose discovery document and JWKS give the signing keys.</summary>
    public string Authority { get; set; } = string.Empty;

    public string Issuer { get; set; } = "microservices-userservice";

    public string Audience { get; set; } = "microservices";

    /// <summary>An RSA public key (PEM). When set it is used instead of <see cref="Authority"/>.</summary>
    public string PublicKeyPem { get; set; } = string.Empty;

    /// <summary>
    /// Whether the authority's metadata and keys must come over HTTPS (default true, as in JwtBearer).
    /// Set false only where the authority is plain HTTP on purpose, on a private network.
    /// </summary>
    public bool RequireHttpsMetadata { get; set; } = true;

    public bool UsesPublicKey => !string.IsNullOrWhiteSpace(PublicKeyPem);
}
