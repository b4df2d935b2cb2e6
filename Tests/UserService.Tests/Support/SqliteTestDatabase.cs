using AutoMapper;
using Microsoft.AspNetCore.Identity;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging.Abstractions;
using UserService.Data;
using UserService.Mapping;
using UserService.Models;
using UserService.Services;

namespace UserService.Tests.Support;

/// <summary>A migrated in-memory SQLite database (real relational behaviour, no files) for unit tests.</summary>
internal sealed class SqliteTestDatabase : IDisposable
{
    private readonly SqliteConnection _connection = new("Data Source=:memory:");

    public SqliteTestDatabase()
    {
        _connection.Open();
        using var db = CreateContext();
        db.Database.Migrate();
    }

    public static IMapper Mapper { get; } =
        new MapperConfiguration(cfg => cfg.AddProfile<UserMappingProfile>(), NullLoggerFactory.Instance).CreateMapper();

    /// <summary>Cheap hashing: the tests check behaviour, not the work factor.</summary>
    public static PasswordVerifier Passwords { get; } = new(new PasswordHasher<User>(
        Microsoft.Extensions.Options.Options.Create(new PasswordHasherOptions { IterationCount = 1000 })));

    public SqliteUsersDbContext CreateContext() =>
        new(new DbContextOptionsBuilder<SqliteUsersDbContext>().UseSqlite(_connection).Options);

    public void Dispose() => _connection.Dispose();
}
