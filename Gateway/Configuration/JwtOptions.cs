namespace Gateway.Configuration;

/// <summary>How the gateway validates bearer tokens (section <c>Jwt</c>).</summary>
public sealed class JwtOptions
{
    public const string SectionName = "Jwt";

    /// <summary>The token issuer's base URL; its JWKS is read from <c>/.well-known/openid-configuration</c>.</summary>
    public string Authority { get; set; } = "http://localhost:5101";

    public string Issuer { get; set; } = "microservices-userservice";

    public string Audience { get; set; } = "microservices";

    /// <summary>
    /// Whether the authority's metadata and keys must come over HTTPS (default true, as in JwtBearer).
    /// Set false only where the authority is plain HTTP on purpose, on a private network.
    /// </summary>
    public bool RequireHttpsMetadata { get; set; } = true;

    /// <summary>Optional RSA public key (PEM): validate with it instead of fetching the authority's JWKS.</summary>
    public string PublicKeyPem { get; set; } = string.Empty;
}
