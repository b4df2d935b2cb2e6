using Microsoft.EntityFrameworkCore;
using PostService.Data;
using PostService.Data.Seeding;

namespace PostService.Extensions;

/// <summary>Runs the <c>seed</c> command instead of the web server.</summary>
internal static partial class SeedingExtensions
{
    public const int UsageError = 2;
    public const int NotConfirmed = 3;

    public static bool IsSeedCommand(this string[] args) => SeedCommand.IsRequested(args);

    /// <returns>The process exit code: 0 when the posts were inserted.</returns>
    public static async Task<int> RunSeedCommandAsync(this WebApplication app, string[] args)
    {
        var logger = app.Services.GetRequiredService<ILoggerFactory>().CreateLogger(typeof(SeedCommand).FullName!);
        var command = SeedCommand.Parse(args);
        if (command is null)
        {
            LogUsage(logger, SeedCommand.Usage);
            return UsageError;
        }

        // Seeding writes thousands of fake rows: never into a real database by accident.
        if (!app.Environment.IsDevelopment() && !command.Confirmed)
        {
            LogNotConfirmed(logger, app.Environment.EnvironmentName);
            return NotConfirmed;
        }

        IReadOnlyList<Guid> authors;
        try
        {
            authors = await command.ResolveAuthorsAsync(app.Lifetime.ApplicationStopping);
        }
        catch (FormatException e)
        {
            LogUsage(logger, e.Message);
            return UsageError;
        }

        await using (var scope = app.Services.CreateAsyncScope())
        {
            await scope.ServiceProvider.GetRequiredService<PostsDbContext>().Database.MigrateAsync(app.Lifetime.ApplicationStopping);
        }

        var seeder = ActivatorUtilities.CreateInstance<PostSeeder>(app.Services);
        await seeder.SeedAsync(command.Posts, authors, app.Lifetime.ApplicationStopping);
        LogSeeded(logger, command.Posts, authors.Count);
        return 0;
    }

    [LoggerMessage(Level = LogLevel.Error, Message = "{Message}")]
    private static partial void LogUsage(ILogger logger, string message);

    [LoggerMessage(Level = LogLevel.Error, Message = "Refusing to seed in environment {Environment} without --yes")]
    private static partial void LogNotConfirmed(ILogger logger, string environment);

    [LoggerMessage(Level = LogLevel.Information, Message = "Seeded {Posts} posts over {Authors} authors")]
    private static partial void LogSeeded(ILogger logger, int posts, int authors);
}
