using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using ServiceDefaults.Options;
using UserService.Data;

namespace UserService.Tests.Support;

/// <summary>
/// Hosts the real UserService over a database of its own: a SQLite file in a fresh temporary data
/// folder (which also receives the generated development signing key), or a fresh SQL Server database.
/// </summary>
internal sealed class UserServiceFactory(DatabaseProvider provider = DatabaseProvider.Sqlite) : WebApplicationFactory<Program>
{
    private readonly string _sqlServerDatabase = $"userservice_tests_{Guid.NewGuid():N}";

    public string DataDirectory { get; } = Path.Combine(Path.GetTempPath(), "userservice-tests", Guid.NewGuid().ToString("N"));

    public CapturingLoggerProvider Logs { get; } = new();

    public string EnvironmentName { get; init; } = "Development";

    public TimeProvider? Clock { get; init; }

    public IDictionary<string, string?> Settings { get; } = new Dictionary<string, string?>();

    /// <summary>Extra registrations of a test (an EF interceptor, say), applied after the service's own.</summary>
    public Action<IServiceCollection>? TestServices { get; init; }

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseEnvironment(EnvironmentName);
        builder.UseSetting("Database:DataDirectory", DataDirectory);
        builder.UseSetting("Database:Provider", provider.ToString());
        if (provider == DatabaseProvider.SqlServer)
        {
            builder.UseSetting("ConnectionStrings:Users", TestDatabases.IsolatedSqlServerDatabase(_sqlServerDatabase));
        }

        foreach (var (key, value) in Settings)
        {
            builder.UseSetting(key, value);
        }

        builder.ConfigureLogging(logging => logging.AddProvider(Logs));
        builder.ConfigureServices(services =>
        {
            services.Configure<PasswordHasherOptions>(options => options.IterationCount = 1000);
            if (Clock is not null)
            {
                services.AddSingleton(Clock);
            }

            TestServices?.Invoke(services);
        });
    }

    protected override void Dispose(bool disposing)
    {
        if (disposing && provider == DatabaseProvider.SqlServer && TestDatabases.SqlServer is not null)
        {
            using var scope = Services.CreateScope();
            scope.ServiceProvider.GetRequiredService<UsersDbContext>().Database.EnsureDeleted();
        }

        base.Dispose(disposing);
        if (disposing)
        {
            SqliteConnection.ClearAllPools();
            if (Directory.Exists(DataDirectory))
            {
                Directory.Delete(DataDirectory, recursive: true);
            }
        }
    }
}
