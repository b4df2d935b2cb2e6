using System.Diagnostics;
using Gateway.Logging;
using Yarp.ReverseProxy.Model;

namespace Gateway.Proxy;

/// <summary>
/// The one asynchronous step the gateway adds around YARP's proxying, per request: turns away
/// bodies over the limit, retries on another instance when that is safe (<see cref="ProxyRetry"/>),
/// gives YARP's bodiless failures a problem body (<see cref="ProxyErrorResponses"/>) and writes the
/// request's log line. One frame instead of one per concern: each async middleware that awaits the
/// proxy costs a state machine allocation and a continuation on every request.
/// </summary>
internal sealed class ProxyRequestMiddleware(RequestDelegate next, ILogger<ProxyRequestMiddleware> logger)
{
    public async Task InvokeAsync(HttpContext context)
    {
        var start = Stopwatch.GetTimestamp();
        var proxy = context.GetReverseProxyFeature();
        try
        {
            if (ProxyErrorResponses.IsOverBodyLimit(context))
            {
                await ProxyErrorResponses.WriteTooLargeAsync(context);
                return;
            }

            // Load balancing narrows AvailableDestinations to the one it picked: keep the full set.
            var candidates = proxy.AvailableDestinations;
            await next(context);
            if (ProxyRetry.TryPrepare(context, proxy, candidates, logger))
            {
                await next(context);
            }

            await ProxyErrorResponses.WriteIfFailedAsync(context);
        }
        finally
        {
            if (logger.IsEnabled(LogLevel.Information))
            {
                GatewayLog.Proxied(logger, context.Request.Method, context.Request.Path.Value, proxy.Route.Config.RouteId,
                    proxy.ProxiedDestination?.DestinationId ?? "-", context.Response.StatusCode, Stopwatch.GetElapsedTime(start).TotalMilliseconds);
            }
        }
    }
}
