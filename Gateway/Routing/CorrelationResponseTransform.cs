using Yarp.ReverseProxy.Transforms;

namespace Gateway.Routing;

/// <summary>
/// Echoes the correlation id once: YARP appends the downstream's own echo of the header to ours,
/// so it is set again after the response headers were copied.
/// </summary>
internal sealed class CorrelationResponseTransform(string globalKey, string routeKey)
{
    private readonly bool _sameKey = string.Equals(globalKey, routeKey, StringComparison.OrdinalIgnoreCase);

    public ValueTask ApplyAsync(ResponseTransformContext context)
    {
        var http = context.HttpContext;
        http.Response.Headers[globalKey] = http.TraceIdentifier;
        if (!_sameKey)
        {
            http.Response.Headers[routeKey] = http.TraceIdentifier;
        }

        return ValueTask.CompletedTask;
    }
}
