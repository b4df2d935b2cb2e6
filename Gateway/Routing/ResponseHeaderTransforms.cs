using Yarp.ReverseProxy.Transforms;

namespace Gateway.Routing;

/// <summary><c>DownstreamHeaderTransform</c>: rewrites response headers, e.g. a <c>Location</c> pointing downstream.</summary>
internal sealed class ResponseHeaderTransforms(GatewayRoute route, string? baseUrl)
{
    public ValueTask ApplyAsync(ResponseTransformContext context)
    {
        var http = context.HttpContext;
        var requestUri = context.ProxyResponse?.RequestMessage?.RequestUri;
        var downstreamBaseUrl = requestUri is null ? null : requestUri.GetLeftPart(UriPartial.Authority);
        foreach (var transform in route.ResponseHeaderTransforms)
        {
            var current = http.Response.Headers.TryGetValue(transform.Header, out var values) ? values.ToString() : null;
            if (transform.Find is not null && current is null)
            {
                continue;
            }

            http.Response.Headers[transform.Header] = transform.Apply(current, v => HeaderPlaceholders.Expand(v, http, baseUrl, downstreamBaseUrl));
        }

        return ValueTask.CompletedTask;
    }
}
