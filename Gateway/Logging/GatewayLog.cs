namespace Gateway.Logging;

/// <summary>Every log message of the gateway, source-generated: no boxing or formatting when the level is off.</summary>
internal static partial class GatewayLog
{
    [LoggerMessage(1, LogLevel.Warning, "Route file key {Key} is not known and is ignored")]
    public static partial void UnknownRouteFileKey(ILogger logger, string key);

    [LoggerMessage(2, LogLevel.Information, "Route file loaded (generation {Generation}): {RouteCount} routes, {ClusterCount} clusters")]
    public static partial void RoutesLoaded(ILogger logger, long generation, int routeCount, int clusterCount);

    [LoggerMessage(3, LogLevel.Critical, "Route file invalid: {Error}")]
    public static partial void RouteFileInvalidAtStartup(ILogger logger, string error);

    [LoggerMessage(4, LogLevel.Error, "Route file change rejected, the last good configuration stays in force: {Error}")]
    public static partial void RouteFileReloadRejected(ILogger logger, string error);

    [LoggerMessage(5, LogLevel.Information, "{Method} {Path} route={RouteId} destination={Destination} status={StatusCode} in {ElapsedMilliseconds:0.0} ms")]
    public static partial void Proxied(ILogger logger, string method, string? path, string routeId, string destination, int statusCode, double elapsedMilliseconds);

    [LoggerMessage(6, LogLevel.Warning, "{Method} {Path} route={RouteId}: could not connect to {Destination}, retrying on another instance")]
    public static partial void Retrying(ILogger logger, string method, string? path, string routeId, string destination);

    [LoggerMessage(7, LogLevel.Warning, "Destination {Destination} of cluster {ClusterId} failed ({Error}); out of rotation for {ReactivationPeriod}")]
    public static partial void DestinationEjected(ILogger logger, string destination, string clusterId, string error, TimeSpan reactivationPeriod);

    [LoggerMessage(8, LogLevel.Warning, "Could not resolve static host {Host} of service {Service}: {Reason}")]
    public static partial void StaticResolveFailed(ILogger logger, string host, string service, string reason);

    [LoggerMessage(9, LogLevel.Information, "Service {Service} now has {InstanceCount} static instances")]
    public static partial void StaticInstancesChanged(ILogger logger, string service, int instanceCount);

    [LoggerMessage(10, LogLevel.Warning, "ServiceDiscoveryProvider.Type changed from {Previous} to {Current}; a restart is needed to switch discovery")]
    public static partial void DiscoveryTypeChanged(ILogger logger, string previous, string current);

    [LoggerMessage(11, LogLevel.Warning, "Could not fetch the OpenAPI document of {Service}: {Reason}")]
    public static partial void SwaggerFetchFailed(ILogger logger, string service, string reason);

    [LoggerMessage(12, LogLevel.Warning, "Circuit of route {RouteId} is open; rejecting for {RetryAfter}")]
    public static partial void CircuitOpen(ILogger logger, string routeId, TimeSpan retryAfter);

    [LoggerMessage(13, LogLevel.Information, "{Method} {Path} aggregate={RouteId} status={StatusCode} in {ElapsedMilliseconds:0.0} ms")]
    public static partial void Aggregated(ILogger logger, string method, string? path, string routeId, int statusCode, double elapsedMilliseconds);

    [LoggerMessage(14, LogLevel.Warning, "Aggregate {RouteId}: sub-request {Key} failed: {Reason}")]
    public static partial void AggregatePartFailed(ILogger logger, string routeId, string key, string reason);

    [LoggerMessage(15, LogLevel.Critical, "The gateway did not start: the route file is invalid")]
    public static partial void StartupFailed(ILogger logger);
}
