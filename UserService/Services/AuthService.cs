using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Shared.Contracts.Auth;
using UserService.Data;

namespace UserService.Services;

/// <summary>Password login by user name or e-mail address.</summary>
internal sealed class AuthService(UsersDbContext db, PasswordVerifier passwords, RefreshTokenService sessions) : IAuthService
{
    public async Task<TokenResponse?> IssueToken(TokenRequest request, CancellationToken cancellationToken)
    {
        // User names cannot contain '@', so an '@' means the caller gave the e-mail address.
        var normalized = UserAccountService.Normalize(request.UserName);
        var user = normalized.Contains('@', StringComparison.Ordinal)
            ? await db.Users.FirstOrDefaultAsync(u => u.NormalizedEmail == normalized, cancellationToken)
            : await db.Users.FirstOrDefaultAsync(u => u.NormalizedUserName == normalized, cancellationToken);

        var result = passwords.Verify(user, request.Password);
        if (user is null || result == PasswordVerificationResult.Failed)
        {
            return null;
        }

        if (result == PasswordVerificationResult.SuccessRehashNeeded)
        {
            // Upgrades hashes made with older parameters; the profile (and its ETag) is unchanged.
            user.PasswordHash = passwords.Hash(user, request.Password);
            try
            {
                await db.SaveChangesAsync(cancellationToken);
            }
            catch (DbUpdateConcurrencyException)
            {
                // A concurrent profile write won; the old hash still verifies, so upgrade next time.
                // Forget the failed change, or the session's save below would retry it.
                db.ChangeTracker.Clear();
            }
        }

        return await sessions.StartSession(user, cancellationToken);
    }
}
