namespace Shared.Contracts.Auth;

/// <summary>Ends a session (logout): the refresh token and every token renewed from the same login stop working.</summary>
/// <param name="RefreshToken">Any refresh token of the session.</param>
public sealed record RevokeTokenRequest(string RefreshToken);
