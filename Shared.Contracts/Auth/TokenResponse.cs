namespace Shared.Contracts.Auth;

/// <summary>An issued access token.</summary>
/// <param name="AccessToken">An RS256-signed JWT to send as <c>Authorization: Bearer …</c>.</param>
/// <param name="TokenType">Always <c>Bearer</c>.</param>
/// <param name="ExpiresIn">Lifetime of the token in seconds.</param>
public sealed record TokenResponse(string AccessToken, string TokenType, int ExpiresIn);
