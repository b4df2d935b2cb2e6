using System.Net;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Logging;

namespace EndToEnd.Tests.Infrastructure;

/// <summary>
/// A lightweight Kestrel "pod" for discovery tests: answers <c>GET /api/users/{id}</c> and the
/// health endpoints on its own loopback address (127.0.0.x) and port, and counts what it served.
/// Stopping it is graceful, like a pod after its preStop hook: in-flight requests finish.
/// </summary>
internal sealed class StandInBackend : IAsyncDisposable
{
    private readonly WebApplication _app;
    private int _hits;

    private StandInBackend(string name, IPAddress address, int port, WebApplication app)
    {
        Name = name;
        Address = address;
        Port = port;
        _app = app;
    }

    public string Name { get; }

    public IPAddress Address { get; }

    public int Port { get; }

    public int Hits => Volatile.Read(ref _hits);

    public static async Task<StandInBackend> StartAsync(string name, IPAddress address, int port)
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.Logging.ClearProviders();
        builder.WebHost.UseUrls($"http://{address}:{port}");
        var app = builder.Build();
        var backend = new StandInBackend(name, address, port, app);
        app.MapGet("/health/live", () => Results.Ok());
        app.MapGet("/health/ready", () => Results.Ok());
        app.MapGet("/api/users/{id}", (string id) =>
        {
            Interlocked.Increment(ref backend._hits);
            return Results.Json(new { id, userName = "stand-in", served_by = name });
        });
        await app.StartAsync();
        return backend;
    }

    public async Task StopAsync()
    {
        using var grace = new CancellationTokenSource(TimeSpan.FromSeconds(10));
        await _app.StopAsync(grace.Token);
    }

    public async ValueTask DisposeAsync() => await _app.DisposeAsync();
}
