using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Data.SqlClient;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using PostService.Data;

namespace PostService.Tests.Infrastructure;

/// <summary>
/// Hosts the PostService in memory on a database of its own (a SQLite file in a temporary folder,
/// or a fresh SQL Server database), trusting the tokens of its <see cref="Tokens"/>.
/// </summary>
public sealed class PostServiceFactory : WebApplicationFactory<Program>
{
    public const string SqlServerVariable = "TEST_SQLSERVER";

    private readonly TestDatabase _database;
    private readonly Dictionary<string, string?> _settings;
    private bool _disposed;

    public PostServiceFactory(TestDatabase database = TestDatabase.Sqlite, IDictionary<string, string?>? settings = null)
    {
        _database = database;
        _settings = new Dictionary<string, string?>(settings ?? new Dictionary<string, string?>());
        Directory.CreateDirectory(DataDirectory);
    }

    public TestTokens Tokens { get; } = new();

    public string DataDirectory { get; } = Path.Combine(Path.GetTempPath(), "postservice-tests", Guid.NewGuid().ToString("N"));

    /// <summary>Give the service the public key of <see cref="Tokens"/> (<c>Jwt:PublicKeyPem</c>); off to validate by authority.</summary>
    public bool TrustTokensByPublicKey { get; init; } = true;

    /// <summary>When set, replaces the system clock of the service.</summary>
    public TimeProvider? Clock { get; init; }

    /// <summary>The SQL Server connection string for integration runs, or null when none is configured.</summary>
    public static string? SqlServerConnectionString =>
        Environment.GetEnvironmentVariable(SqlServerVariable) is { Length: > 0 } value ? value : null;

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseEnvironment("Development");
        builder.UseSetting("Database:DataDirectory", DataDirectory);
        if (TrustTokensByPublicKey)
        {
            builder.UseSetting("Jwt:PublicKeyPem", Tokens.PublicKeyPem);
        }

        if (_database == TestDatabase.SqlServer)
        {
            builder.UseSetting("Database:Provider", "SqlServer");
            builder.UseSetting("ConnectionStrings:Posts", FreshSqlServerDatabase());
        }

        foreach (var (key, value) in _settings)
        {
            builder.UseSetting(key, value);
        }

        if (Clock is not null)
        {
            builder.ConfigureTestServices(services => services.AddSingleton(Clock));
        }
    }

    /// <summary>Runs <paramref name="action"/> on a context of the service, e.g. to arrange rows.</summary>
    internal async Task WithDbAsync(Func<PostsDbContext, Task> action)
    {
        await using var scope = Services.CreateAsyncScope();
        await action(scope.ServiceProvider.GetRequiredService<PostsDbContext>());
    }

    // WebApplicationFactory may call this more than once (Dispose and DisposeAsync both end here).
    protected override void Dispose(bool disposing)
    {
        if (!disposing || _disposed)
        {
            base.Dispose(disposing);
            return;
        }

        _disposed = true;
        if (_database == TestDatabase.SqlServer)
        {
            WithDbAsync(db => db.Database.EnsureDeletedAsync()).GetAwaiter().GetResult();
        }

        base.Dispose(disposing);
        Tokens.Dispose();
        SqliteConnection.ClearAllPools();
        if (Directory.Exists(DataDirectory))
        {
            Directory.Delete(DataDirectory, recursive: true);
        }
    }

    private static string FreshSqlServerDatabase()
    {
        var connection = new SqlConnectionStringBuilder(SqlServerConnectionString
            ?? throw new InvalidOperationException($"{SqlServerVariable} is not set."))
        {
            InitialCatalog = $"posts_test_{Guid.NewGuid():N}",
        };
        return connection.ConnectionString;
    }
}
