using Microsoft.EntityFrameworkCore;
using ServiceDefaults.Data;

namespace PostService.Data;

/// <summary>The SQLite flavour of the model, with its own migrations under <c>Data/Migrations/Sqlite</c>.</summary>
internal sealed class SqlitePostsDbContext(DbContextOptions<SqlitePostsDbContext> options) : PostsDbContext(options)
{
    protected override void ConfigureConventions(ModelConfigurationBuilder configurationBuilder)
    {
        // EF's SQLite provider stores DateTimeOffset as text it cannot compare or ORDER BY, so the
        // keyset predicate would run on the client. UTC ticks in an INTEGER column sort correctly in SQL.
        configurationBuilder.Properties<DateTimeOffset>().HaveConversion<UtcTicksConverter>();
    }
}
