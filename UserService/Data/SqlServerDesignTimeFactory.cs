using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Design;

namespace UserService.Data;

/// <summary>Lets <c>dotnet ef</c> build the SQL Server context; no server is contacted to add migrations.</summary>
internal sealed class SqlServerDesignTimeFactory : IDesignTimeDbContextFactory<SqlServerUsersDbContext>
{
    public SqlServerUsersDbContext CreateDbContext(string[] args) =>
        new(new DbContextOptionsBuilder<SqlServerUsersDbContext>().UseSqlServer("Server=localhost;Database=Users;Trusted_Connection=True;TrustServerCertificate=True").Options);
}
