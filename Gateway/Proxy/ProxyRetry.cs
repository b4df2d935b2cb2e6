using System.Net.Http;
using Gateway.Logging;
using Yarp.ReverseProxy.Forwarder;
using Yarp.ReverseProxy.Model;

namespace Gateway.Proxy;

/// <summary>
/// Retries once on another instance when connecting failed, the method is idempotent and nothing
/// was sent to the client. Connection failures happen before the request body is read, so the
/// body is still intact for the second attempt. POST and PATCH are never retried.
/// </summary>
internal static class ProxyRetry
{
    /// <summary>
    /// After a failed attempt: when a retry is allowed, narrows the destinations to the other
    /// candidates, clears the failure and returns true; the caller then runs the proxy step again.
    /// </summary>
    public static bool TryPrepare(HttpContext context, IReverseProxyFeature proxy, IReadOnlyList<DestinationState> candidates, ILogger logger)
    {
        if (candidates.Count < 2 || !ShouldRetry(context))
        {
            return false;
        }

        var failed = proxy.ProxiedDestination;
        var others = new List<DestinationState>(candidates.Count);
        foreach (var destination in candidates)
        {
            if (!ReferenceEquals(destination, failed))
            {
                others.Add(destination);
            }
        }

        if (others.Count == 0)
        {
            return false;
        }

        GatewayLog.Retrying(logger, context.Request.Method, context.Request.Path.Value, proxy.Route.Config.RouteId, failed?.DestinationId ?? "-");
        proxy.AvailableDestinations = others;
        context.Features.Set<IForwarderErrorFeature>(null);
        context.Response.StatusCode = StatusCodes.Status200OK;
        return true;
    }

    private static bool ShouldRetry(HttpContext context)
    {
        var error = context.Features.Get<IForwarderErrorFeature>();
        if (error is not { Error: ForwarderError.Request } || context.Response.HasStarted)
        {
            return false;
        }

        // A connection that was never made is safe to retry for any idempotent method. A request
        // that failed in flight (the instance died mid-request) may have reached it, so only the
        // safe methods, which carry no body and change nothing, are sent again.
        var method = context.Request.Method;
        return IsConnectFailure(error.Exception) ? IsIdempotent(method) : IsSafe(method);
    }

    private static bool IsSafe(string method) =>
        HttpMethods.IsGet(method) || HttpMethods.IsHead(method) || HttpMethods.IsOptions(method);

    private static bool IsConnectFailure(Exception? exception) =>
        exception is HttpRequestException { HttpRequestError: HttpRequestError.ConnectionError or HttpRequestError.NameResolutionError };

    private static bool IsIdempotent(string method) =>
        IsSafe(method) || HttpMethods.IsPut(method) || HttpMethods.IsDelete(method);
}
