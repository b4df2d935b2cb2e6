using Microsoft.Extensions.Logging;

namespace Gateway.Discovery;

/// <summary>Source-generated log messages of the discovery. Never log tokens or client configuration.</summary>
internal static partial class DiscoveryLog
{
    [LoggerMessage(EventId = 3001, Level = LogLevel.Information, Message = "Watching EndpointSlices of {Service}")]
    public static partial void WatchStarted(ILogger logger, ServiceKey service);

    [LoggerMessage(EventId = 3002, Level = LogLevel.Information, Message = "Stopped watching EndpointSlices of {Service}")]
    public static partial void WatchStopped(ILogger logger, ServiceKey service);

    [LoggerMessage(EventId = 3003, Level = LogLevel.Information, Message = "Re-listed EndpointSlices of {Service} after the watch expired (410 Gone)")]
    public static partial void ReListedAfterGone(ILogger logger, ServiceKey service);

    [LoggerMessage(EventId = 3004, Level = LogLevel.Warning, Message = "Kubernetes API server unreachable for {Service}, keeping {Count} known endpoints, retrying in {DelayMs} ms")]
    public static partial void ApiServerUnreachable(ILogger logger, ServiceKey service, int count, long delayMs, Exception exception);

    [LoggerMessage(EventId = 3005, Level = LogLevel.Information, Message = "Endpoints of {Service} changed: {Count} instances")]
    public static partial void EndpointsChanged(ILogger logger, ServiceKey service, int count);

    [LoggerMessage(EventId = 3006, Level = LogLevel.Warning, Message = "Watch of {Service} ended with status {Code} {Reason}, re-watching")]
    public static partial void WatchError(ILogger logger, ServiceKey service, int? code, string? reason);

    [LoggerMessage(EventId = 3007, Level = LogLevel.Information, Message = "PollingInterval {PollingIntervalMs} ms is ignored: EndpointSlices are watched, not polled")]
    public static partial void PollingIntervalIgnored(ILogger logger, int pollingIntervalMs);

    [LoggerMessage(EventId = 3008, Level = LogLevel.Warning, Message = "Skipped an unreadable watch event for {Service}")]
    public static partial void UnreadableEvent(ILogger logger, ServiceKey service, Exception exception);

    [LoggerMessage(EventId = 3009, Level = LogLevel.Error, Message = "A discovery change callback failed")]
    public static partial void ChangeCallbackFailed(ILogger logger, Exception exception);
}
