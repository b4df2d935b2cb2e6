using System.Text.Json.Serialization;

namespace Shared.Contracts.Auth;

/// <summary>The OpenID Connect discovery document of the token issuer (the parts JWT validators use).</summary>
/// <param name="Issuer">The <c>iss</c> value of every token the service issues.</param>
/// <param name="JwksUri">Absolute URL of the JSON Web Key Set holding the public signing keys.</param>
/// <param name="TokenEndpoint">Absolute URL where credentials are exchanged for a token.</param>
/// <param name="IdTokenSigningAlgValuesSupported">Signing algorithms in use: only <c>RS256</c>.</param>
/// <param name="SubjectTypesSupported">Always <c>public</c>: <c>sub</c> is the user id.</param>
/// <param name="ResponseTypesSupported">Always <c>token</c>.</param>
public sealed record OpenIdConfigurationResponse(
    [property: JsonPropertyName("issuer")] string Issuer,
    [property: JsonPropertyName("jwks_uri")] string JwksUri,
    [property: JsonPropertyName("token_endpoint")] string TokenEndpoint,
    [property: JsonPropertyName("id_token_signing_alg_values_supported")] IReadOnlyList<string> IdTokenSigningAlgValuesSupported,
    [property: JsonPropertyName("subject_types_supported")] IReadOnlyList<string> SubjectTypesSupported,
    [property: JsonPropertyName("response_types_supported")] IReadOnlyList<string> ResponseTypesSupported);
