using Gateway.Configuration;

namespace Gateway.Services;

/// <summary>Stops the gateway from starting on an invalid route file, listing every error.</summary>
internal sealed class RouteFileStartupCheck(RouteConfigStore store) : IHostedService
{
    public Task StartAsync(CancellationToken cancellationToken) =>
        store.StartupErrors.Count > 0 ? throw new RouteFileException(store.StartupErrors) : Task.CompletedTask;

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}
