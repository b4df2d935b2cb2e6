using Shared.Contracts.Auth;

namespace UserService.Services;

/// <summary>
/// Renews and ends sessions. A session (a token family) starts at a password login; each refresh
/// spends its token and issues the next one of the same family.
/// </summary>
public interface IRefreshTokenService
{
    /// <returns>
    /// A new access token and refresh token, or null when the token is unknown, expired, revoked or
    /// already spent (indistinguishably). A spent token ends its whole session: reuse means a copy exists.
    /// </returns>
    Task<TokenResponse?> Refresh(string refreshToken, CancellationToken cancellationToken);

    /// <summary>Ends the session the token belongs to; an unknown token is ignored.</summary>
    Task Revoke(string refreshToken, CancellationToken cancellationToken);
}
