using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Design;

namespace PostService.Data.Design;

/// <summary>Lets <c>dotnet ef migrations add --context SqlitePostsDbContext</c> build the context without the host.</summary>
internal sealed class SqlitePostsDbContextFactory : IDesignTimeDbContextFactory<SqlitePostsDbContext>
{
    public SqlitePostsDbContext CreateDbContext(string[] args) =>
        new(new DbContextOptionsBuilder<SqlitePostsDbContext>().UseSqlite("Data Source=design-time.db").Options);
}
