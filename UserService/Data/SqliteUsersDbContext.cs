using Microsoft.EntityFrameworkCore;
using ServiceDefaults.Data;

namespace UserService.Data;

/// <summary>The SQLite flavour of <see cref="UsersDbContext"/> (migrations in Data/Migrations/Sqlite).</summary>
public sealed class SqliteUsersDbContext(DbContextOptions<SqliteUsersDbContext> options) : UsersDbContext(options)
{
    protected override void ConfigureConventions(ModelConfigurationBuilder configurationBuilder)
    {
        // SQLite cannot ORDER BY or compare DateTimeOffset in SQL; UTC ticks keep the keyset
        // pagination in the database with exact precision.
        configurationBuilder.Properties<DateTimeOffset>().HaveConversion<UtcTicksConverter>();
    }
}
