using Microsoft.EntityFrameworkCore;
using PostService.Models;

namespace PostService.Data.Seeding;

/// <summary>
/// Bulk-inserts synthetic posts for benchmarks: batches on a fresh pooled context each, change
/// detection off, one SaveChanges (so one transaction) per batch.
/// </summary>
internal sealed partial class PostSeeder(IServiceScopeFactory scopes, TimeProvider clock, ILogger<PostSeeder> logger)
{
    public const int BatchSize = 2_000;

    /// <summary>Inserts <paramref name="count"/> posts, one second apart going back from now, authors taken in turn.</summary>
    public async Task SeedAsync(int count, IReadOnlyList<Guid> authors, CancellationToken cancellationToken)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(count);
        if (authors.Count == 0)
        {
            throw new ArgumentException("At least one author is needed.", nameof(authors));
        }

        var newest = clock.GetUtcNow();
        for (var done = 0; done < count;)
        {
            var size = Math.Min(BatchSize, count - done);
            await using (var scope = scopes.CreateAsyncScope())
            {
                var db = scope.ServiceProvider.GetRequiredService<PostsDbContext>();
                db.ChangeTracker.AutoDetectChangesEnabled = false;
                db.Posts.AddRange(Enumerable.Range(done, size).Select(i => NewPost(i, authors, newest)));
                // SaveChanges wraps the batch in one transaction (and is retried whole by SQL Server's execution strategy).
                await db.SaveChangesAsync(cancellationToken);
            }

            done += size;
            LogProgress(logger, done, count);
        }
    }

    private static Post NewPost(int index, IReadOnlyList<Guid> authors, DateTimeOffset newest)
    {
        var createdAt = newest.AddSeconds(-index);
        return new Post
        {
            Id = Guid.CreateVersion7(createdAt),
            AuthorId = authors[index % authors.Count],
            Title = $"Seeded post {index}",
            Body = $"Body of seeded post {index}. Generated for load tests; safe to delete.",
            CreatedAt = createdAt,
            UpdatedAt = createdAt,
            Version = Guid.NewGuid(),
        };
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Seeded {Done} of {Count} posts")]
    private static partial void LogProgress(ILogger logger, int done, int count);
}
