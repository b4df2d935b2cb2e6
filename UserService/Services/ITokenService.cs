namespace UserService.Services;

/// <summary>Issues access tokens for authenticated users.</summary>
public interface ITokenService
{
    AccessToken CreateToken(Guid userId, string userName);
}
