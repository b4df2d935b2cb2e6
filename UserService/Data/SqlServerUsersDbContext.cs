using Microsoft.EntityFrameworkCore;

namespace UserService.Data;

/// <summary>The SQL Server flavour of <see cref="UsersDbContext"/> (migrations in Data/Migrations/SqlServer).</summary>
public sealed class SqlServerUsersDbContext(DbContextOptions<SqlServerUsersDbContext> options) : UsersDbContext(options);
