using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;
using PostService.Data;

namespace PostService.Tests.Infrastructure;

/// <summary>A migrated SQLite file in a temporary folder, for tests below the HTTP layer.</summary>
internal sealed class SqliteTestDatabase : IDisposable
{
    private readonly string _directory = Path.Combine(Path.GetTempPath(), "postservice-tests", Guid.NewGuid().ToString("N"));

    public SqliteTestDatabase()
    {
        Directory.CreateDirectory(_directory);
        ConnectionString = $"Data Source={Path.Combine(_directory, "posts.db")}";
        using var db = CreateContext();
        db.Database.Migrate();
    }

    public string ConnectionString { get; }

    public SqlitePostsDbContext CreateContext(params IInterceptor[] interceptors) =>
        new(new DbContextOptionsBuilder<SqlitePostsDbContext>().UseSqlite(ConnectionString).AddInterceptors(interceptors).Options);

    public void Dispose()
    {
        SqliteConnection.ClearAllPools();
        Directory.Delete(_directory, recursive: true);
    }
}
