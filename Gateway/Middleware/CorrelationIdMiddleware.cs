using System.Diagnostics;
using Gateway.Services;
using ServiceDefaults.Correlation;

namespace Gateway.Middleware;

/// <summary>
/// Reads the correlation header (the route file's global <c>RequestIdKey</c>, default
/// <c>X-Correlation-Id</c>) or generates one, makes it the request's trace identifier (so every log
/// line of the request carries it), forwards it downstream and echoes it on the response.
/// </summary>
internal sealed class CorrelationIdMiddleware(RequestDelegate next, RouteConfigStore store)
{
    public Task InvokeAsync(HttpContext context)
    {
        var header = store.Current.RequestIdKey;
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
