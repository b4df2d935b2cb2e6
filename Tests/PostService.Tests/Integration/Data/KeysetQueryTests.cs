using System.Data.Common;
using Microsoft.EntityFrameworkCore;
using PostService.Data.Configurations;
using PostService.Data;
using PostService.Models;
using PostService.Services;
using PostService.Tests.Infrastructure;
using ServiceDefaults.Paging;

namespace PostService.Tests.Integration.Data;

/// <summary>
/// The listing runs in SQL as an index seek read in order, so a deep page costs what the first
/// page costs: checked on SQLite's query plan and on the SQL both providers generate.
/// </summary>
public sealed class KeysetQueryTests
{
    private static readonly Guid Author = Guid.CreateVersion7();
    private static readonly KeysetCursor After = new(new DateTimeOffset(2025, 6, 1, 0, 0, 0, TimeSpan.Zero), Guid.CreateVersion7());
    private SqliteTestDatabase _database = null!;

    [OneTimeSetUp]
    public async Task CreateDatabase()
    {
        _database = new SqliteTestDatabase();
        await using var db = _database.CreateContext();
        var start = new DateTimeOffset(2025, 1, 1, 0, 0, 0, TimeSpan.Zero);
        db.Posts.AddRange(Enumerable.Range(0, 500).Select(i => new Post
        {
            Id = Guid.CreateVersion7(),
            AuthorId = i % 2 == 0 ? Author : Guid.CreateVersion7(),
            Title = "t",
            Body = "b",
            CreatedAt = start.AddMinutes(i),
            UpdatedAt = start.AddMinutes(i),
            Version = Guid.NewGuid(),
        }));
        await db.SaveChangesAsync();
        await db.Database.ExecuteSqlRawAsync("ANALYZE;");
    }

    [OneTimeTearDown]
    public void DeleteDatabase() => _database.Dispose();

    [TestCase(false, false, PostConfiguration.GlobalListingIndex)]
    [TestCase(false, true, PostConfiguration.GlobalListingIndex)]
    [TestCase(true, false, PostConfiguration.AuthorListingIndex)]
    [TestCase(true, true, PostConfiguration.AuthorListingIndex)]
    public async Task NewestFirst_OnSqlite_ReadsTheListingIndexWithoutSorting(bool byAuthor, bool withCursor, string index)
    {
        await using var db = _database.CreateContext();
        var query = PostQueries.NewestFirst(db.Posts.AsNoTracking(), byAuthor ? Author : null, withCursor ? After : null, 21);

        var plan = await ExplainAsync(db, query);

        Assert.That(plan, Does.Contain($"USING INDEX {index}").Or.Contain($"USING COVERING INDEX {index}"), plan);
        Assert.That(plan, Does.Not.Contain("TEMP B-TREE"), plan);
    }

    [Test]
    public async Task NewestFirst_OnSqlite_KeysetPredicateAndOrderRunInSql()
    {
        await using var db = _database.CreateContext();

        var sql = PostQueries.NewestFirst(db.Posts, Author, After, 21).ToQueryString();

        Assert.That(sql, Does.Contain("\"p\".\"CreatedAt\" < @").And.Contain("\"p\".\"CreatedAt\" = @").And.Contain("\"p\".\"Id\" < @"));
        Assert.That(sql, Does.Contain("ORDER BY \"p\".\"CreatedAt\" DESC, \"p\".\"Id\" DESC"));
        Assert.That(sql, Does.Contain("LIMIT @"));
    }

    [Test]
    public void NewestFirst_OnSqlServer_KeysetPredicateAndOrderRunInSql()
    {
        using var db = new SqlServerPostsDbContext(new DbContextOptionsBuilder<SqlServerPostsDbContext>()
            .UseSqlServer("Server=localhost;Database=posts;Integrated Security=true;TrustServerCertificate=true").Options);

        var sql = PostQueries.NewestFirst(db.Posts, Author, After, 21).ToQueryString();

        Assert.That(sql, Does.Contain("[p].[CreatedAt] < @").And.Contain("[p].[CreatedAt] = @").And.Contain("[p].[Id] < @"));
        Assert.That(sql, Does.Contain("ORDER BY [p].[CreatedAt] DESC, [p].[Id] DESC"));
        Assert.That(sql, Does.Contain("SELECT TOP(@"));
    }

    [Test]
    public async Task NewestFirst_Cursor_ReturnsOnlyOlderPostsOrEqualTimestampWithSmallerId()
    {
        await using var db = _database.CreateContext();
        var all = await PostQueries.NewestFirst(db.Posts.AsNoTracking(), null, null, 1000).ToListAsync();
        var pivot = all[100];

        var after = await PostQueries.NewestFirst(db.Posts.AsNoTracking(), null, new KeysetCursor(pivot.CreatedAt, pivot.Id), 1000).ToListAsync();

        Assert.That(after.Select(p => p.Id), Is.EqualTo(all.Skip(101).Select(p => p.Id)));
    }

    private static async Task<string> ExplainAsync(DbContext db, IQueryable<Post> query)
    {
        await using DbCommand command = query.CreateDbCommand();
        command.CommandText = "EXPLAIN QUERY PLAN " + command.CommandText;
        await db.Database.OpenConnectionAsync();
        await using var reader = await command.ExecuteReaderAsync();
        var lines = new List<string>();
        while (await reader.ReadAsync())
        {
            lines.Add(reader.GetString(reader.FieldCount - 1));
        }

        return string.Join('\n', lines);
    }
}
