using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using UserService.Data;
using UserService.Options;

namespace UserService.Services;

/// <summary>
/// Keeps a user's refresh tokens bounded, at login (the only moment a new session starts): dead rows
/// go, and the least recently renewed sessions beyond <see cref="JwtOptions.MaxSessionsPerUser"/> end.
/// Done per user, on the request that grows the table, rather than by a background sweep: no timer
/// racing a second instance on the shared SQLite file, and the cost falls on the user who caused it.
/// </summary>
internal sealed partial class SessionLimits(UsersDbContext db, IOptions<JwtOptions> options, ILogger<SessionLimits> logger)
{
    /// <summary>Leaves room for one more session of the user.</summary>
    public async Task MakeRoom(Guid userId, DateTimeOffset now, CancellationToken cancellationToken)
    {
        // Expired and revoked tokens are refused exactly like unknown ones, so their rows can go.
        await db.RefreshTokens
            .Where(t => t.UserId == userId && (t.ExpiresAt <= now || t.RevokedAt != null))
            .ExecuteDeleteAsync(cancellationToken);

        var excess = await db.RefreshTokens
            .Where(t => t.UserId == userId)
            .GroupBy(t => t.FamilyId)
            .Select(family => new { FamilyId = family.Key, LastRenewed = family.Max(t => t.CreatedAt) })
            .OrderByDescending(family => family.LastRenewed)
            .Skip(options.Value.MaxSessionsPerUser - 1)
            .Select(family => family.FamilyId)
            .ToListAsync(cancellationToken);
        if (excess.Count == 0)
        {
            return;
        }

        await db.RefreshTokens.Where(t => excess.Contains(t.FamilyId)).ExecuteDeleteAsync(cancellationToken);
        LogSessionsEnded(logger, excess.Count, userId);
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Ended {Count} least recently renewed session(s) of user {UserId} to stay within the limit")]
    private static partial void LogSessionsEnded(ILogger logger, int count, Guid userId);
}
