using System.Diagnostics;
using Gateway.Routing;
using Gateway.Services;
using ServiceDefaults.Correlation;

namespace Gateway.Middleware;

/// <summary>
/// Reads the correlation header (the matched route's <c>RequestIdKey</c>, else the route file's
/// global one, default <c>X-Correlation-Id</c>) or generates one, makes it the request's trace
/// identifier (so every log line of the request carries it), forwards it downstream and echoes it
/// on the response. Runs after routing, so it knows the route.
/// </summary>
internal sealed class CorrelationIdMiddleware(RequestDelegate next, RouteConfigStore store)
{
    public Task InvokeAsync(HttpContext context)
    {
        var header = context.GetEndpoint()?.Metadata.GetMetadata<GatewayRoute>()?.RequestIdKey ?? store.Current.RequestIdKey;
        var incoming = context.Request.Headers[header];
        string id;
        if (incoming.Count == 1 && CorrelationId.IsValid(incoming[0]))
        {
            id = incoming[0]!;
        }
        else
        {
            id = Activity.Current?.TraceId.ToHexString() ?? Guid.NewGuid().ToString("N");
            context.Request.Headers[header] = id;
        }

        context.TraceIdentifier = id;
        context.Response.Headers[header] = id;
        return next(context);
    }
}
