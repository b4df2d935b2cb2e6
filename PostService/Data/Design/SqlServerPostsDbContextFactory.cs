using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Design;

namespace PostService.Data.Design;

/// <summary>
/// Lets <c>dotnet ef migrations add --context SqlServerPostsDbContext</c> build the context without
/// the host. The connection string is never opened when adding migrations or generating scripts.
/// </summary>
internal sealed class SqlServerPostsDbContextFactory : IDesignTimeDbContextFactory<SqlServerPostsDbContext>
{
    public SqlServerPostsDbContext CreateDbContext(string[] args) =>
        new(new DbContextOptionsBuilder<SqlServerPostsDbContext>()
            .UseSqlServer("Server=localhost;Database=posts;Integrated Security=true;TrustServerCertificate=true")
            .Options);
}
