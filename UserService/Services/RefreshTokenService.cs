using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using Shared.Contracts.Auth;
using UserService.Data;
using UserService.Errors;
using UserService.Models;
using UserService.Options;

namespace UserService.Services;

/// <summary>
/// Refresh tokens over EF Core: rotation on every use, reuse detection per family, and revocation.
/// Races are settled by the row's concurrency token, so of two writes to one token only the first lands.
/// </summary>
internal sealed partial class RefreshTokenService(
    UsersDbContext db,
    ITokenService tokens,
    SessionLimits limits,
    IOptions<JwtOptions> options,
    TimeProvider clock,
    ILogger<RefreshTokenService> logger) : IRefreshTokenService
{
    private TimeSpan Lifetime => TimeSpan.FromDays(options.Value.RefreshTokenLifetimeDays);

    /// <summary>Starts a session for a user who has just proved their password.</summary>
    /// <returns>The tokens, or null when the user was deleted meanwhile.</returns>
    public async Task<TokenResponse?> StartSession(User user, CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow();
        await limits.MakeRoom(user.Id, now, cancellationToken);
        var (value, token) = NewToken(user.Id, Guid.CreateVersion7(now), now);
        db.RefreshTokens.Add(token);
        return await TrySave(token, cancellationToken) ? Issue(user, value) : null;
    }

    public async Task<TokenResponse?> Refresh(string refreshToken, CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow();
        var hash = RefreshTokenValue.Hash(refreshToken);
        var current = await db.RefreshTokens.Include(t => t.User).FirstOrDefaultAsync(t => t.TokenHash == hash, cancellationToken);
        if (current?.User is null || current.RevokedAt is not null || current.ExpiresAt <= now)
        {
            LogRejected(logger);
            return null;
        }

        if (current.UsedAt is not null)
        {
            LogReuse(logger, current.FamilyId, current.UserId);
            await RevokeFamily(current.FamilyId, now, cancellationToken);
            return null;
        }

        var (value, next) = NewToken(current.UserId, current.FamilyId, now);
        current.UsedAt = now;
        current.ReplacedById = next.Id;
        current.Version = Guid.NewGuid();
        db.RefreshTokens.Add(next);
        return await TrySave(next, cancellationToken) ? Issue(current.User, value) : null;
    }

    public async Task Revoke(string refreshToken, CancellationToken cancellationToken)
    {
        var hash = RefreshTokenValue.Hash(refreshToken);
        var familyId = await db.RefreshTokens.Where(t => t.TokenHash == hash).Select(t => (Guid?)t.FamilyId).FirstOrDefaultAsync(cancellationToken);
        if (familyId is { } family)
        {
            await RevokeFamily(family, clock.GetUtcNow(), cancellationToken);
        }
    }

    /// <summary>
    /// Marks every live token of the user revoked in this unit of work without saving, so that the
    /// caller's SaveChanges (of a new password hash, say) commits both or neither.
    /// </summary>
    public async Task StageRevokeAll(Guid userId, CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow();
        var live = await db.RefreshTokens.Where(t => t.UserId == userId && t.RevokedAt == null).ToListAsync(cancellationToken);
        foreach (var token in live)
        {
            token.RevokedAt = now;
            token.Version = Guid.NewGuid();
        }
    }

    private (string Value, RefreshToken Token) NewToken(Guid userId, Guid familyId, DateTimeOffset now)
    {
        var (value, hash) = RefreshTokenValue.Create();
        return (value, new RefreshToken
        {
            Id = Guid.CreateVersion7(now),
            UserId = userId,
            FamilyId = familyId,
            TokenHash = hash,
            CreatedAt = now,
            ExpiresAt = now + Lifetime,
            Version = Guid.NewGuid(),
        });
    }

    /// <returns>False when the write lost: the spent token was exchanged, revoked or deleted meanwhile, or the user deleted.</returns>
    private async Task<bool> TrySave(RefreshToken issued, CancellationToken cancellationToken)
    {
        try
        {
            await db.SaveChangesAsync(cancellationToken);
            return true;
        }
        catch (DbUpdateConcurrencyException)
        {
            // The token was spent by a concurrent refresh (or revoked): a second use of one token is
            // reuse, whoever wins the race, so the family goes.
            db.ChangeTracker.Clear();
            LogReuse(logger, issued.FamilyId, issued.UserId);
            await RevokeFamily(issued.FamilyId, clock.GetUtcNow(), cancellationToken);
            return false;
        }
        catch (DbUpdateException e) when (ConstraintViolation.IsForeignKey(e))
        {
            db.ChangeTracker.Clear();
            return false;
        }
    }

    private async Task RevokeFamily(Guid familyId, DateTimeOffset now, CancellationToken cancellationToken)
    {
        // A new version makes a racing exchange of any of these tokens fail its concurrency check.
        var version = Guid.NewGuid();
        await db.RefreshTokens
            .Where(t => t.FamilyId == familyId && t.RevokedAt == null)
            .ExecuteUpdateAsync(s => s.SetProperty(t => t.RevokedAt, now).SetProperty(t => t.Version, version), cancellationToken);
    }

    private TokenResponse Issue(User user, string refreshToken)
    {
        var access = tokens.CreateToken(user.Id, user.UserName);
        return new TokenResponse(access.Token, TokenService.TokenType, access.ExpiresIn, refreshToken, (int)Lifetime.TotalSeconds);
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Refresh token rejected: unknown, expired or revoked")]
    private static partial void LogRejected(ILogger logger);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Refresh token of session {FamilyId} (user {UserId}) presented after it was spent; the session is revoked")]
    private static partial void LogReuse(ILogger logger, Guid familyId, Guid userId);
}
