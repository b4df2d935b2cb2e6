using Microsoft.AspNetCore.WebUtilities;
using Yarp.ReverseProxy.Transforms;

namespace Gateway.Routing;

/// <summary>
/// Sets the downstream path from the route's template. A template without placeholders is a
/// constant; otherwise the upstream template runs once more to capture the values.
/// </summary>
internal sealed class DownstreamPathTransform
{
    private readonly GatewayRoute _route;
    private readonly DownstreamTemplate _template;
    private readonly bool _isConstant;
    private readonly PathString _constantPath;
    private readonly HttpMethod? _method;

    public DownstreamPathTransform(GatewayRoute route)
    {
        _route = route;
        _template = route.Downstream!;
        _isConstant = _template.UsedNames.Length == 0 && !_template.HasQuery;
        _constantPath = new PathString(_template.Text);
        _method = route.DownstreamMethod is null ? null : new HttpMethod(route.DownstreamMethod);
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

        var match = _route.Capture(context.HttpContext.Request);
        context.Path = new PathString(_template.BuildPath(match));
        if (_template.HasQuery)
        {
            MergeQuery(context, _template.BuildQuery(match));
        }

        return ValueTask.CompletedTask;
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
