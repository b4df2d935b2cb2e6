using Shared.Contracts.Auth;

namespace UserService.Services;

/// <summary>Exchanges credentials for an access token and the refresh token of a new session.</summary>
public interface IAuthService
{
    /// <returns>The tokens, or null when the user is unknown or the password wrong (indistinguishably).</returns>
    Task<TokenResponse?> IssueToken(TokenRequest request, CancellationToken cancellationToken);
}
