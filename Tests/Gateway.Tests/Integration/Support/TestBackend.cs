using System.Collections.Concurrent;
using System.Text.Json;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace Gateway.Tests.Integration.Support;

/// <summary>
/// A downstream service on a real socket (127.0.0.1, ephemeral port). It echoes what it received as
/// JSON; <c>/status/{code}</c> answers that status, <c>/slow</c> waits 5 s (counting it in
/// <see cref="Abandoned"/> when the caller gives up first), and it serves
/// <see cref="OpenApiDocument"/> at <c>/swagger/v1/swagger.json</c>.
/// </summary>
internal sealed class TestBackend : IAsyncDisposable
{
    private readonly WebApplication _app;
    private int _abandoned;

    private TestBackend(string name, WebApplication app)
    {
        Name = name;
        _app = app;
    }

    public string Name { get; }

    public int Port { get; private set; }

    public ConcurrentQueue<EchoedRequest> Requests { get; } = new();

    public string? OpenApiDocument { get; set; }

    public bool IsRunning { get; private set; }

    /// <summary>How many <c>/slow</c> requests the caller abandoned before the answer.</summary>
    public int Abandoned => _abandoned;

    public static async Task<TestBackend> StartAsync(string name)
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.WebHost.UseUrls("http://127.0.0.1:0");
        builder.Logging.ClearProviders();
        var app = builder.Build();
        var backend = new TestBackend(name, app);
        app.Run(backend.HandleAsync);
        await app.StartAsync();
        var address = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First();
        backend.Port = new Uri(address).Port;
        backend.IsRunning = true;
        return backend;
    }

    public async Task StopAsync()
    {
        IsRunning = false;
        await _app.StopAsync();
    }

    public async ValueTask DisposeAsync()
    {
        if (IsRunning)
        {
            await _app.StopAsync();
        }

        await _app.DisposeAsync();
    }

    private async Task HandleAsync(HttpContext context)
    {
        var request = context.Request;
        var path = request.Path.Value ?? "/";
        if (path == "/swagger/v1/swagger.json" && OpenApiDocument is not null)
        {
            context.Response.ContentType = "application/json";
            await context.Response.WriteAsync(OpenApiDocument);
            return;
        }

        using var body = new MemoryStream();
        await request.Body.CopyToAsync(body);
        var echoed = new EchoedRequest(Name, request.Method, path, request.QueryString.Value ?? string.Empty,
            request.Headers.ToDictionary(h => h.Key, h => h.Value.ToString(), StringComparer.OrdinalIgnoreCase), body.Length,
            context.Features.Get<IHttpRequestFeature>()?.RawTarget ?? string.Empty);
        Requests.Enqueue(echoed);
        if (path.Contains("/slow", StringComparison.Ordinal))
        {
            try
            {
                await Task.Delay(TimeSpan.FromSeconds(5), context.RequestAborted);
            }
            catch (OperationCanceledException)
            {
                Interlocked.Increment(ref _abandoned);
                return;
            }
        }

        var status = path.Split('/') is [.., "status", var code] && int.TryParse(code, out var s) ? s : 200;
        context.Response.StatusCode = status;
        context.Response.ContentType = status == 200 ? "application/json" : "text/plain; charset=utf-8";
        context.Response.Headers["X-Backend"] = Name;
        await (status == 200
            ? context.Response.WriteAsync(JsonSerializer.Serialize(echoed))
            : context.Response.WriteAsync($"backend {Name} says {status}"));
    }
}

/// <summary>What a backend received; <see cref="RawTarget"/> is the request line's target exactly as sent (path still percent-encoded).</summary>
internal sealed record EchoedRequest(string Backend, string Method, string Path, string Query, Dictionary<string, string> Headers, long BodyLength,
    string RawTarget);
