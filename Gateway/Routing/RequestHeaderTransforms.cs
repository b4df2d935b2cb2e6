using Yarp.ReverseProxy.Transforms;

namespace Gateway.Routing;

/// <summary><c>AddHeadersToRequest</c> (claims to headers) and <c>UpstreamHeaderTransform</c>.</summary>
internal sealed class RequestHeaderTransforms(GatewayRoute route, string? baseUrl)
{
    public ValueTask ApplyAsync(RequestTransformContext context)
    {
        var http = context.HttpContext;
        foreach (var claim in route.ClaimHeaders)
        {
            Replace(context.ProxyRequest, claim.Header, claim.Resolve(http.User));
        }

        foreach (var transform in route.RequestHeaderTransforms)
        {
            var current = http.Request.Headers.TryGetValue(transform.Header, out var values) ? values.ToString() : null;
            if (transform.Find is not null && current is null)
            {
                continue;
            }

            var value = transform.Apply(current, v => HeaderPlaceholders.Expand(v, http, baseUrl, context.DestinationPrefix));
            Replace(context.ProxyRequest, transform.Header, value);
        }

        return ValueTask.CompletedTask;
    }

    private static void Replace(HttpRequestMessage request, string header, string? value)
    {
        request.Headers.Remove(header);
        request.Content?.Headers.Remove(header);
        if (value is not null && !request.Headers.TryAddWithoutValidation(header, value))
        {
            request.Content?.Headers.TryAddWithoutValidation(header, value);
        }
    }
}
