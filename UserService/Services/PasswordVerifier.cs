using Microsoft.AspNetCore.Identity;
using UserService.Models;

namespace UserService.Services;

/// <summary>
/// Checks passwords with the Identity hasher. An unknown user is checked against a dummy hash so
/// that a login costs the same whether or not the account exists (no user enumeration by timing).
/// </summary>
internal sealed class PasswordVerifier
{
    private static readonly User DummyUser = new()
    {
        UserName = "dummy", NormalizedUserName = "DUMMY", Email = "dummy@invalid", NormalizedEmail = "DUMMY@INVALID", DisplayName = "dummy",
    };

    private readonly IPasswordHasher<User> _hasher;
    private readonly Lazy<string> _dummyHash;

    public PasswordVerifier(IPasswordHasher<User> hasher)
    {
        _hasher = hasher;
        _dummyHash = new Lazy<string>(() => hasher.HashPassword(DummyUser, Guid.NewGuid().ToString()));
    }

    public string Hash(User user, string password) => _hasher.HashPassword(user, password);

    public PasswordVerificationResult Verify(User? user, string password)
    {
        if (user is null)
        {
            _hasher.VerifyHashedPassword(DummyUser, _dummyHash.Value, password);
            return PasswordVerificationResult.Failed;
        }

        return _hasher.VerifyHashedPassword(user, user.PasswordHash, password);
    }
}
