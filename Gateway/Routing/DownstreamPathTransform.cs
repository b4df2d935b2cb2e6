using Microsoft.AspNetCore.WebUtilities;
using Yarp.ReverseProxy.Transforms;

namespace Gateway.Routing;

/// <summary>
/// Sets the downstream path from the route's template. A template without placeholders is a
/// constant. A template equal to the upstream one with a single final placeholder
/// (<c>/api/users/{id}</c> to <c>/api/users/{id}</c>, the usual shape) gives back the request's
/// own path whenever the request spells the literal part exactly as the template does: the path
/// is then left as it is. Otherwise the upstream template runs once more to capture the values.
/// A path holding a percent-escape takes the values as the client spelled them (<see cref="EncodedPath"/>).
/// </summary>
internal sealed class DownstreamPathTransform
{
    private readonly GatewayRoute _route;
    private readonly DownstreamTemplate _template;
    private readonly bool _isConstant;
    private readonly PathString _constantPath;
    private readonly string? _identityPrefix;
    private readonly HttpMethod? _method;

    public DownstreamPathTransform(GatewayRoute route)
    {
        _route = route;
        _template = route.Downstream!;
        _isConstant = _template.UsedNames.Length == 0 && !_template.HasQuery;
        _constantPath = new PathString(_template.Text);
        _identityPrefix = IdentityPrefix(route.Upstream, _template);
        _method = route.DownstreamMethod is null ? null : new HttpMethod(route.DownstreamMethod);
    }

    /// <summary>
    /// The literal text before the only placeholder when both templates are the same text ending
    /// in that placeholder; a matching request starting with exactly that text is its own
    /// downstream path. Null otherwise.
    /// </summary>
    private static string? IdentityPrefix(UpstreamTemplate upstream, DownstreamTemplate downstream)
    {
        var text = downstream.Text;
        if (!string.Equals(upstream.Text, text, StringComparison.Ordinal) || upstream.HasQuery || downstream.HasQuery
            || upstream.IsCatchAll || upstream.PlaceholderNames.Length != 1 || !text.EndsWith('}'))
        {
            return null;
        }

        var open = text.IndexOf('{', StringComparison.Ordinal);
        return open > 0 && text[open - 1] == '/' ? text[..open] : null;
    }

    public ValueTask ApplyAsync(RequestTransformContext context)
    {
        if (_method is not null)
        {
            context.ProxyRequest.Method = _method;
        }

        if (_isConstant)
        {
            context.Path = _constantPath;
            return ValueTask.CompletedTask;
        }

        if (EncodedPath.Find(context.HttpContext) is { } encodedPath)
        {
            ApplyEncoded(context, encodedPath);
            return ValueTask.CompletedTask;
        }

        if (_identityPrefix is not null && context.HttpContext.Request.Path.Value is { } path
            && path.StartsWith(_identityPrefix, StringComparison.Ordinal))
        {
            return ValueTask.CompletedTask;
        }

        var match = _route.Capture(context.HttpContext.Request);
        context.Path = new PathString(_template.BuildPath(match));
        if (_template.HasQuery)
        {
            MergeQuery(context, _template.BuildQuery(match));
        }

        return ValueTask.CompletedTask;
    }

    /// <summary>
    /// Sets the downstream URI itself (YARP leaves a URI a transform set): YARP builds it from a
    /// decoded <see cref="PathString"/>, whose <c>%</c> it escapes, so <c>%2F</c> would arrive as <c>%252F</c>.
    /// This transform runs first and no later one changes the path or the query.
    /// </summary>
    private void ApplyEncoded(RequestTransformContext context, string encodedPath)
    {
        var request = context.HttpContext.Request;
        var values = EncodedPath.Capture(_route, request, encodedPath);
        var query = request.QueryString;
        if (_template.HasQuery)
        {
            MergeQuery(context, _template.BuildQuery(values.Decoded));
            query = context.Query.QueryString;
        }

        var prefix = context.DestinationPrefix.AsSpan().TrimEnd('/');
        context.ProxyRequest.RequestUri = new Uri(string.Concat(prefix, values.BuildUriPath(_template), query.Value));
    }

    /// <summary>
    /// Like Ocelot: the template's own query parameters are added and original parameters that
    /// were consumed as placeholders are dropped; the rest of the original query passes through.
    /// </summary>
    private void MergeQuery(RequestTransformContext context, string templateQuery)
    {
        var query = context.Query.Collection;
        foreach (var name in _template.UsedNames)
        {
            query.Remove(name);
        }

        foreach (var (key, value) in QueryHelpers.ParseQuery(templateQuery))
        {
            query[key] = value;
        }
    }
}
