using PostService.Data;
using PostService.Extensions;
using ServiceDefaults.Extensions;

var builder = WebApplication.CreateBuilder(args);

builder.AddServiceDefaults();
builder.AddPostServiceDatabase();
builder.AddServiceHealthChecks<PostsDbContext>();
builder.AddPostServiceAuthentication();
builder.AddPostServiceApi();
builder.AddServiceSwagger("PostService API", typeof(Program).Assembly);

// Disposed on every exit path, so the asynchronous log targets are flushed before the process ends.
await using var app = builder.Build();

// `migrate` applies the migrations and exits; otherwise they run here when Database:MigrateOnStartup is set.
if (await app.ApplyMigrationsAsync<PostsDbContext>(args))
{
    return 0;
}

if (args.IsSeedCommand())
{
    return await app.RunSeedCommandAsync(args);
}

app.UseServiceDefaults();
app.MapServiceHealth();
app.MapServiceSwagger();
app.MapPostServiceApi();

await app.RunAsync();
return 0;

/// <summary>The entry point; public so integration tests can host the service.</summary>
public partial class Program;
