namespace Shared.Contracts.Auth;

/// <summary>An issued access token and the refresh token that renews it.</summary>
/// <param name="AccessToken">An RS256-signed JWT to send as <c>Authorization: Bearer …</c>.</param>
/// <param name="TokenType">Always <c>Bearer</c>.</param>
/// <param name="ExpiresIn">Lifetime of the access token in seconds.</param>
/// <param name="RefreshToken">
/// An opaque, single-use token (256 random bits, base64url) to send to <c>POST /api/auth/refresh</c>
/// for the next pair. Keep it secret: whoever holds it can renew the session.
/// </param>
/// <param name="RefreshTokenExpiresIn">Lifetime of the refresh token in seconds.</param>
public sealed record TokenResponse(
    string AccessToken, string TokenType, int ExpiresIn, string RefreshToken, int RefreshTokenExpiresIn);
