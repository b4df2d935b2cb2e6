using Microsoft.AspNetCore.Builder;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Options;
using ServiceDefaults.Options;

namespace ServiceDefaults.Extensions;

/// <summary>
/// Registers a service's pooled DbContext on the configured provider. Each provider has its own
/// context subclass so that each keeps its own checked-in migrations.
/// </summary>
public static class DatabaseExtensions
{
    private const string MigrateCommand = "migrate";

    public static WebApplicationBuilder AddServiceDatabase<TContext, TSqliteContext, TSqlServerContext>(
        this WebApplicationBuilder builder, string connectionStringName, string sqliteFileName)
        where TContext : DbContext
        where TSqliteContext : TContext
        where TSqlServerContext : TContext
    {
        builder.Services.AddOptions<DatabaseOptions>()
            .BindConfiguration(DatabaseOptions.SectionName)
            .ValidateDataAnnotations()
            .ValidateOnStart();

        var options = builder.Configuration.GetSection(DatabaseOptions.SectionName).Get<DatabaseOptions>() ?? new DatabaseOptions();
        var connectionString = builder.Configuration.GetConnectionString(connectionStringName);
        if (options.Provider == DatabaseProvider.SqlServer)
        {
            if (string.IsNullOrWhiteSpace(connectionString))
            {
                throw new InvalidOperationException(
                    $"ConnectionStrings:{connectionStringName} is required when Database:Provider is SqlServer.");
            }

            builder.Services.AddDbContextPool<TContext, TSqlServerContext>(db => db.UseSqlServer(
                connectionString, sql => sql.EnableRetryOnFailure()));
            return builder;
        }

        if (string.IsNullOrWhiteSpace(connectionString))
        {
            var directory = ResolveDataDirectory(builder.Environment, options);
            connectionString = $"Data Source={Path.Combine(directory, sqliteFileName)}";
        }

        builder.Services.AddDbContextPool<TContext, TSqliteContext>(db => db.UseSqlite(connectionString));
        return builder;
    }

    /// <summary>The data folder as an absolute path, created if missing.</summary>
    public static string ResolveDataDirectory(IHostEnvironment environment, DatabaseOptions options)
    {
        var directory = Path.GetFullPath(options.DataDirectory, environment.ContentRootPath);
        Directory.CreateDirectory(directory);
        return directory;
    }

    /// <summary>
    /// Applies migrations when the process was started with <c>migrate</c> (then the caller exits)
    /// or when <see cref="DatabaseOptions.MigrateOnStartup"/> is set.
    /// </summary>
    /// <returns>True when the process was asked only to migrate and should now exit.</returns>
    public static async Task<bool> ApplyMigrationsAsync<TContext>(this WebApplication app, string[] args)
        where TContext : DbContext
    {
        var migrateOnly = args.Contains(MigrateCommand, StringComparer.OrdinalIgnoreCase);
        var options = app.Services.GetRequiredService<IOptions<DatabaseOptions>>().Value;
        if (!migrateOnly && !options.MigrateOnStartup)
        {
            return false;
        }

        await using var scope = app.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<TContext>();
        await db.Database.MigrateAsync();
        if (db.Database.IsSqlite())
        {
            // WAL lets the second local instance read while the first writes.
            await db.Database.ExecuteSqlRawAsync("PRAGMA journal_mode=WAL;");
        }

        return migrateOnly;
    }
}
