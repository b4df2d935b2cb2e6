using System.Diagnostics;
using Gateway.Services;

namespace Gateway.Middleware;

/// <summary>
/// Reads the correlation header (the route file's global <c>RequestIdKey</c>, default
/// <c>X-Correlation-Id</c>) or generates one, makes it the request's trace identifier (so every log
/// line of the request carries it), forwards it downstream and echoes it on the response.
/// </summary>
internal sealed class CorrelationIdMiddleware(RequestDelegate next, RouteConfigStore store)
{
    private const int MaxLength = 128;

    public Task InvokeAsync(HttpContext context)
    {
        var header = store.Current.RequestIdKey;
        var incoming = context.Request.Headers[header];
        string id;
        if (incoming.Count == 1 && IsAcceptable(incoming[0]))
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

    // Bounded and printable: the value lands in every log line and in downstream headers.
    private static bool IsAcceptable(string? value)
    {
        if (string.IsNullOrEmpty(value) || value.Length > MaxLength)
        {
            return false;
        }

        foreach (var c in value)
        {
            if (c is < '!' or > '~')
            {
                return false;
            }
        }

        return true;
    }
}
