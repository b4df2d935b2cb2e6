namespace Shared.Contracts.Auth;

/// <summary>
/// A refresh token sent back to UserService: to exchange it for a new access token and a new refresh
/// token (<c>POST /api/auth/refresh</c>, which spends it), or to end its session (<c>POST /api/auth/revoke</c>).
/// </summary>
/// <param name="RefreshToken">The refresh token of the last token response (for revoke: any token of the session).</param>
public sealed record RefreshTokenRequest(string RefreshToken);
