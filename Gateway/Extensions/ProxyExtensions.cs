using Gateway.Aggregation;
using Gateway.Configuration;
using Gateway.Proxy;
using Gateway.RateLimiting;
using Gateway.Routing;
using Gateway.Services;
using Microsoft.AspNetCore.Routing.Matching;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Yarp.ReverseProxy.Configuration;
using Yarp.ReverseProxy.Health;

namespace Gateway.Extensions;

internal static class ProxyExtensions
{
    /// <summary>YARP fed from the route file, with Ocelot matching, our transforms, passive health and the body limit.</summary>
    public static WebApplicationBuilder AddGatewayProxy(this WebApplicationBuilder builder)
    {
        var services = builder.Services;
        services.AddOptions<GatewayOptions>().BindConfiguration(GatewayOptions.SectionName)
            .Validate(o => o.MaxRequestBodySize > 0, "Gateway:MaxRequestBodySize must be positive.")
            .ValidateOnStart();
        var bodyLimit = builder.Configuration.GetValue<long?>($"{GatewayOptions.SectionName}:{nameof(GatewayOptions.MaxRequestBodySize)}") ?? 1024 * 1024;
        builder.WebHost.ConfigureKestrel(kestrel => kestrel.Limits.MaxRequestBodySize = bodyLimit);
        services.AddSingleton<GatewayProxyConfigProvider>();
        services.AddSingleton<IProxyConfigProvider>(sp => sp.GetRequiredService<GatewayProxyConfigProvider>());
        services.AddReverseProxy().AddTransforms<GatewayTransformProvider>();
        services.TryAddEnumerable(ServiceDescriptor.Singleton<MatcherPolicy, OcelotMatcherPolicy>());
        services.AddSingleton<IPassiveHealthCheckPolicy, TransportFailurePolicy>();
        services.AddSingleton<ClientRateLimiter>();
        services.AddOutputCache();
        services.AddSingleton<PartCache>();
        services.AddSingleton<AggregatePartSender>();
        services.AddSingleton<AggregateHandler>();
        return builder;
    }

    /// <summary>
    /// The proxy endpoints: each carries its <see cref="GatewayRoute"/> and, when the route needs
    /// one, its authorization policy. Per request: aggregates and the circuit breaker (no work for
    /// routes without them), then body limit, retry, problem bodies and the log line in one step,
    /// then YARP's affinity, balancing and passive health.
    /// </summary>
    public static WebApplication MapGatewayProxy(this WebApplication app)
    {
        var provider = app.Services.GetRequiredService<GatewayProxyConfigProvider>();
        app.MapReverseProxy(pipeline =>
        {
            pipeline.UseMiddleware<AggregateMiddleware>();
            pipeline.UseMiddleware<CircuitBreakerMiddleware>();
            pipeline.UseMiddleware<ProxyRequestMiddleware>();
            pipeline.UseSessionAffinity();
            pipeline.UseLoadBalancing();
            pipeline.UsePassiveHealthChecks();
        }).ConfigureEndpoints((endpoint, route) =>
        {
            if (!provider.Table.RoutesById.TryGetValue(route.RouteId, out var gatewayRoute))
            {
                return;
            }

            endpoint.WithMetadata(gatewayRoute);
            if (gatewayRoute.CacheTtl is { } ttl)
            {
                endpoint.CacheOutput(policy => ResponseCachePolicy.Configure(policy, ttl, gatewayRoute.CacheHeader));
            }

            if (gatewayRoute.AuthorizationPolicy is { } policy)
            {
                endpoint.RequireAuthorization(policy);
            }
            else if (gatewayRoute.AllowAnonymous)
            {
                endpoint.AllowAnonymous();
            }
        });
        return app;
    }
}
