using Gateway.Discovery;
using Gateway.Services;
using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace Gateway.Health;

/// <summary>Ready once a valid route file is in force and discovery has listed every watched service.</summary>
internal sealed class GatewayReadinessCheck(RouteConfigStore store, IServiceDiscovery discovery) : IHealthCheck
{
    public Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default) =>
        Task.FromResult(
            !store.IsLoaded ? HealthCheckResult.Unhealthy("The route file is not loaded.")
            : !discovery.IsSynced ? HealthCheckResult.Unhealthy("Service discovery has not synced yet.")
            : HealthCheckResult.Healthy());
}
