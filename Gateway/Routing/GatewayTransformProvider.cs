using Gateway.Services;
using Yarp.ReverseProxy.Transforms;
using Yarp.ReverseProxy.Transforms.Builder;

namespace Gateway.Routing;

/// <summary>
/// Adds each route's transforms: the Ocelot downstream path (placeholders substituted as plain
/// text, query passed through), the W3C trace context, the correlation header, claims to headers,
/// and header transforms. Path, trace context and correlation echo are on every route; the
/// others only on routes that configure them.
/// </summary>
internal sealed class GatewayTransformProvider(GatewayProxyConfigProvider provider) : ITransformProvider
{
    public void ValidateRoute(TransformRouteValidationContext context)
    {
    }

    public void ValidateCluster(TransformClusterValidationContext context)
    {
    }

    public void Apply(TransformBuilderContext context)
    {
        if (!provider.Table.RoutesById.TryGetValue(context.Route.RouteId, out var route) || route.Downstream is null)
        {
            return;
        }

        context.AddRequestTransform(new DownstreamPathTransform(route).ApplyAsync);
        context.AddRequestTransform(static tc =>
        {
            TraceContext.Inject(tc.ProxyRequest);
            return ValueTask.CompletedTask;
        });
        var baseUrl = RouteSettings.NonEmpty(provider.Table.File.GlobalConfiguration.BaseUrl);
        context.AddResponseTransform(new CorrelationResponseTransform(route.RequestIdKey).ApplyAsync);

        if (route.ClaimHeaders.Length > 0 || route.RequestHeaderTransforms.Length > 0)
        {
            context.AddRequestTransform(new RequestHeaderTransforms(route, baseUrl).ApplyAsync);
        }

        if (route.ResponseHeaderTransforms.Length > 0)
        {
            context.AddResponseTransform(new ResponseHeaderTransforms(route, baseUrl).ApplyAsync);
        }
    }
}
