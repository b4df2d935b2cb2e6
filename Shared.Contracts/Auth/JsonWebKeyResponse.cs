using System.Text.Json.Serialization;

namespace Shared.Contracts.Auth;

/// <summary>One public RSA signing key (RFC 7517/7518). Never carries private parameters.</summary>
/// <param name="Kty">Key type: <c>RSA</c>.</param>
/// <param name="Use">Public key use: <c>sig</c>.</param>
/// <param name="Alg">Algorithm: <c>RS256</c>.</param>
/// <param name="Kid">Key id: the RFC 7638 JWK thumbprint of the key.</param>
/// <param name="N">Modulus, base64url.</param>
/// <param name="E">Exponent, base64url.</param>
public sealed record JsonWebKeyResponse(
    [property: JsonPropertyName("kty")] string Kty,
    [property: JsonPropertyName("use")] string Use,
    [property: JsonPropertyName("alg")] string Alg,
    [property: JsonPropertyName("kid")] string Kid,
    [property: JsonPropertyName("n")] string N,
    [property: JsonPropertyName("e")] string E);
