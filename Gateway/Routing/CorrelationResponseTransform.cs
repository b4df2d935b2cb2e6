using Yarp.ReverseProxy.Transforms;

namespace Gateway.Routing;

/// <summary>
/// Echoes the correlation id once: YARP appends the downstream's own echo of the header to ours,
/// so it is set again after the response headers were copied.
/// </summary>
internal sealed class CorrelationResponseTransform(string key)
{
    public ValueTask ApplyAsync(ResponseTransformContext context)
    {
        var http = context.HttpContext;
        http.Response.Headers[key] = http.TraceIdentifier;
        return ValueTask.CompletedTask;
    }
}
