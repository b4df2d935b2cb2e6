using System.Diagnostics;
using Gateway.Logging;
using Yarp.ReverseProxy.Model;

namespace Gateway.Proxy;

/// <summary>One log line per proxied request: method, path, route, destination, status, duration.</summary>
internal sealed class ProxyLogMiddleware(RequestDelegate next, ILogger<ProxyLogMiddleware> logger)
{
    public async Task InvokeAsync(HttpContext context)
    {
        var start = Stopwatch.GetTimestamp();
        try
        {
            await next(context);
        }
        finally
        {
            if (logger.IsEnabled(LogLevel.Information))
            {
                var proxy = context.GetReverseProxyFeature();
                GatewayLog.Proxied(logger, context.Request.Method, context.Request.Path.Value, proxy.Route.Config.RouteId,
                    proxy.ProxiedDestination?.DestinationId ?? "-", context.Response.StatusCode, Stopwatch.GetElapsedTime(start).TotalMilliseconds);
            }
        }
    }
}
