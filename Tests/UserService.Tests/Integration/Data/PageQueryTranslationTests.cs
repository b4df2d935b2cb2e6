using Microsoft.EntityFrameworkCore;
using ServiceDefaults.Paging;
using UserService.Data;
using UserService.Services;
using UserService.Tests.Support;

namespace UserService.Tests.Integration.Data;

/// <summary>
/// The keyset page query translates to SQL on both providers (EF does not evaluate a Where or
/// OrderBy on the client: an untranslatable one would throw here), with the seek and the order in SQL.
/// </summary>
internal sealed class PageQueryTranslationTests
{
    private static readonly PageRequest SecondPage = new(10, new KeysetCursor(DateTimeOffset.UtcNow, Guid.NewGuid()));

    [Test]
    public void PageQuery_Sqlite_OrdersAndSeeksInSqlOnTicks()
    {
        using var db = new SqliteUsersDbContext(new DbContextOptionsBuilder<SqliteUsersDbContext>().UseSqlite("Data Source=:memory:").Options);

        var sql = UserAccountService.PageQuery(db.Users.AsNoTracking(), SecondPage, SqliteTestDatabase.Mapper.ConfigurationProvider).ToQueryString();

        Assert.That(sql, Does.Contain("ORDER BY \"u\".\"CreatedAt\", \"u\".\"Id\""));
        Assert.That(sql, Does.Contain("\"u\".\"CreatedAt\" > @"));
        Assert.That(sql, Does.Contain("LIMIT @"));
        Assert.That(sql, Does.Not.Contain("PasswordHash"));
    }

    [Test]
    public void PageQuery_SqlServer_OrdersAndSeeksInSql()
    {
        using var db = new SqlServerUsersDbContext(new DbContextOptionsBuilder<SqlServerUsersDbContext>()
            .UseSqlServer("Server=127.0.0.1,1;Database=users;User Id=sa;Password=unused;TrustServerCertificate=True").Options);

        var sql = UserAccountService.PageQuery(db.Users.AsNoTracking(), SecondPage, SqliteTestDatabase.Mapper.ConfigurationProvider).ToQueryString();

        Assert.That(sql, Does.Contain("ORDER BY [u].[CreatedAt], [u].[Id]"));
        Assert.That(sql, Does.Contain("[u].[CreatedAt] > @"));
        Assert.That(sql, Does.Contain("[u].[Id] > @"));
        Assert.That(sql, Does.Not.Contain("PasswordHash"));
    }
}
