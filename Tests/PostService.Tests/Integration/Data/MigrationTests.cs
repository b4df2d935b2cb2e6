using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;
using PostService.Data;
using PostService.Data.Configurations;

namespace PostService.Tests.Integration.Data;

/// <summary>The checked-in migrations of each provider describe the current model.</summary>
public sealed class MigrationTests
{
    // Never opened: model diffing and script generation work offline.
    private const string OfflineSqlServer = "Server=localhost;Database=posts;Integrated Security=true;TrustServerCertificate=true";

    [Test]
    public void Sqlite_Migrations_HaveNoPendingModelChanges()
    {
        using var db = new SqlitePostsDbContext(new DbContextOptionsBuilder<SqlitePostsDbContext>().UseSqlite("Data Source=:memory:").Options);

        Assert.That(db.Database.HasPendingModelChanges(), Is.False);
        Assert.That(db.Database.GetMigrations(), Is.Not.Empty);
    }

    [Test]
    public void SqlServer_Migrations_HaveNoPendingModelChanges()
    {
        using var db = SqlServerContext();

        Assert.That(db.Database.HasPendingModelChanges(), Is.False);
        Assert.That(db.Database.GetMigrations(), Is.Not.Empty);
    }

    [Test]
    public void SqlServer_MigrationScript_CreatesTableAndBothListingIndexes()
    {
        using var db = SqlServerContext();

        var script = db.GetService<IMigrator>().GenerateScript();

        Assert.Multiple(() =>
        {
            Assert.That(script, Does.Contain("CREATE TABLE [Posts]"));
            Assert.That(script, Does.Contain($"CREATE INDEX [{PostConfiguration.AuthorListingIndex}] ON [Posts] ([AuthorId], [CreatedAt], [Id])"));
            Assert.That(script, Does.Contain($"CREATE INDEX [{PostConfiguration.GlobalListingIndex}] ON [Posts] ([CreatedAt], [Id])"));
            Assert.That(script, Does.Contain("[CreatedAt] datetimeoffset NOT NULL"));
        });
    }

    [Test]
    public void Sqlite_MigrationScript_StoresTimestampsAsSortableIntegers()
    {
        using var db = new SqlitePostsDbContext(new DbContextOptionsBuilder<SqlitePostsDbContext>().UseSqlite("Data Source=:memory:").Options);

        var script = db.GetService<IMigrator>().GenerateScript();

        Assert.That(script, Does.Contain("\"CreatedAt\" INTEGER NOT NULL"));
        Assert.That(script, Does.Contain($"CREATE INDEX \"{PostConfiguration.AuthorListingIndex}\""));
    }

    private static SqlServerPostsDbContext SqlServerContext() =>
        new(new DbContextOptionsBuilder<SqlServerPostsDbContext>().UseSqlServer(OfflineSqlServer).Options);
}
