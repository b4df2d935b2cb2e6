using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;
using UserService.Data;

namespace UserService.Tests.Integration.Data;

/// <summary>The checked-in migrations of each provider match the model; neither needs a live server.</summary>
internal sealed class MigrationTests
{
    private const string OfflineSqlServer = "Server=127.0.0.1,1;Database=users;User Id=sa;Password=unused;TrustServerCertificate=True";

    [Test]
    public void SqliteMigrations_MatchTheModel_NoPendingChanges()
    {
        using var db = new SqliteUsersDbContext(new DbContextOptionsBuilder<SqliteUsersDbContext>().UseSqlite("Data Source=:memory:").Options);

        Assert.That(db.Database.HasPendingModelChanges(), Is.False);
        Assert.That(db.Database.GetMigrations(), Is.Not.Empty);
    }

    [Test]
    public void SqlServerMigrations_MatchTheModel_NoPendingChanges()
    {
        using var db = new SqlServerUsersDbContext(new DbContextOptionsBuilder<SqlServerUsersDbContext>().UseSqlServer(OfflineSqlServer).Options);

        Assert.That(db.Database.HasPendingModelChanges(), Is.False);
        Assert.That(db.Database.GetMigrations(), Is.Not.Empty);
    }

    [Test]
    public void SqlServerMigrations_GenerateScript_CreatesUsersTableWithUniqueIndexes()
    {
        using var db = new SqlServerUsersDbContext(new DbContextOptionsBuilder<SqlServerUsersDbContext>().UseSqlServer(OfflineSqlServer).Options);

        var script = db.GetService<IMigrator>().GenerateScript(options: MigrationsSqlGenerationOptions.Idempotent);

        Assert.That(script, Does.Contain("CREATE TABLE [Users]"));
        Assert.That(script, Does.Contain("CREATE UNIQUE INDEX [IX_Users_NormalizedUserName]"));
        Assert.That(script, Does.Contain("CREATE UNIQUE INDEX [IX_Users_NormalizedEmail]"));
        Assert.That(script, Does.Contain("[CreatedAt] datetimeoffset"));
    }
}
