using Gateway.Logging;
using Yarp.ReverseProxy.Forwarder;
using Yarp.ReverseProxy.Health;
using Yarp.ReverseProxy.Model;

namespace Gateway.Proxy;

/// <summary>
/// Passive health: an instance that refused the connection or timed out is taken out of rotation
/// at once for the reactivation period (YARP's built-in policy waits for a failure rate over many
/// requests, which keeps sending traffic to a dead instance). Runs only when a request failed.
/// </summary>
internal sealed class TransportFailurePolicy(IDestinationHealthUpdater healthUpdater, ILogger<TransportFailurePolicy> logger)
    : IPassiveHealthCheckPolicy
{
    public const string PolicyName = "TransportFailure";

    public string Name => PolicyName;

    public void RequestProxied(HttpContext context, ClusterState cluster, DestinationState destination)
    {
        var error = context.Features.Get<IForwarderErrorFeature>();
        if (error is null || !IsInstanceFailure(error))
        {
            return;
        }

        var period = cluster.Model.Config.HealthCheck?.Passive?.ReactivationPeriod ?? TimeSpan.FromSeconds(10);
        GatewayLog.DestinationEjected(logger, destination.DestinationId, cluster.ClusterId, error.Error.ToString(), period);
        healthUpdater.SetPassive(cluster, destination, DestinationHealth.Unhealthy, period);
    }

    private static bool IsInstanceFailure(IForwarderErrorFeature error) =>
        error.Error is ForwarderError.RequestTimedOut
        || (error.Error is ForwarderError.Request && error.Exception is not OperationCanceledException);
}
