namespace Shared.Contracts.Auth;

/// <summary>Exchanges a refresh token for a new access token and a new refresh token.</summary>
/// <param name="RefreshToken">The refresh token of the last token response; it is spent by this call.</param>
public sealed record RefreshTokenRequest(string RefreshToken);
