using Shared.Contracts.Auth;

namespace UserService.Services;

/// <summary>Issues access tokens for authenticated users.</summary>
public interface ITokenService
{
    TokenResponse CreateToken(Guid userId, string userName);
}
