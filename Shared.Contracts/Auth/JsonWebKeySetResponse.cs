namespace Shared.Contracts.Auth;

/// <summary>A JSON Web Key Set (RFC 7517) of public signing keys.</summary>
/// <param name="Keys">The keys; a token's <c>kid</c> header names the one that signed it.</param>
public sealed record JsonWebKeySetResponse(IReadOnlyList<JsonWebKeyResponse> Keys);
