using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Logging;

namespace EndToEnd.Tests.Infrastructure;

/// <summary>
/// A lightweight Kestrel "pod" for discovery tests: answers <c>GET /api/users/{id}</c> and the
/// health endpoints on 127.0.0.1 and a port of its own, and counts what it served.
/// Stopping it is graceful, like a pod after its preStop hook: in-flight requests finish.
/// </summary>
internal sealed class StandInBackend : IAsyncDisposable
{
    private readonly WebApplication _app;
    private int _hits;

    private StandInBackend(string name, WebApplication app)
    {
        Name = name;
        _app = app;
    }

    public string Name { get; }

    /// <summary>The port the OS gave it; known once started.</summary>
    public int Port { get; private set; }

    public int Hits => Volatile.Read(ref _hits);

    public static async Task<StandInBackend> StartAsync(string name)
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.Logging.ClearProviders();
        builder.WebHost.UseUrls("http://127.0.0.1:0");
        var app = builder.Build();
        var backend = new StandInBackend(name, app);
        app.MapGet("/health/live", () => Results.Ok());
        app.MapGet("/health/ready", () => Results.Ok());
        app.MapGet("/api/users/{id}", (string id) =>
        {
            Interlocked.Increment(ref backend._hits);
            return Results.Json(new { id, userName = "stand-in", served_by = name });
        });
        await app.StartAsync();
        backend.Port = new Uri(app.Urls.Single()).Port;
        return backend;
    }

    public async Task StopAsync()
    {
        using var grace = new CancellationTokenSource(TimeSpan.FromSeconds(10));
        await _app.StopAsync(grace.Token);
    }

    public async ValueTask DisposeAsync() => await _app.DisposeAsync();
}
