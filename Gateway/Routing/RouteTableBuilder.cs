using Gateway.Aggregation;
using Gateway.Authorization;
using Gateway.Configuration.File;
using Gateway.Discovery;
using Gateway.Services;
using Microsoft.AspNetCore.Authorization;

namespace Gateway.Routing;

/// <summary>Compiles a validated route file into a <see cref="RouteTable"/>.</summary>
internal static class RouteTableBuilder
{
    public const string DefaultRequestIdKey = "X-Correlation-Id";

    /// <summary>The cluster aggregates are attached to; it never receives traffic.</summary>
    public const string AggregateClusterId = "gateway-aggregates";

    public static RouteTable Build(FileConfiguration file, long generation, TimeProvider time)
    {
        var global = file.GlobalConfiguration;
        var requestIdKey = RouteSettings.NonEmpty(global.RequestIdKey) ?? DefaultRequestIdKey;
        var routes = new List<GatewayRoute>();
        var clusters = new Dictionary<string, ClusterSpec>(StringComparer.Ordinal);
        var index = 0;
        foreach (var (fileRoute, path) in file.AllRoutes())
        {
            var route = BuildRoute(fileRoute, path, $"route{index++}", global, requestIdKey, time);
            var cluster = BuildCluster(fileRoute, global);
            var clusterId = cluster.CreateId();
            route.ClusterId = clusterId;
            clusters.TryAdd(clusterId, cluster);
            routes.Add(route);
        }

        for (var i = 0; i < file.Aggregates.Count; i++)
        {
            routes.Add(BuildAggregate(file.Aggregates[i], $"Aggregates[{i}]", $"aggregate{i}", routes, requestIdKey));
        }

        var ordered = SelectionOrder(routes);
        return new RouteTable(generation, ordered, clusters, requestIdKey, file);
    }

    /// <summary>
    /// Ocelot's selection order as one list: a matching route with <c>UpstreamHost</c> is preferred
    /// to any without, then higher <c>Priority</c>, then file order (aggregates after routes).
    /// </summary>
    private static List<GatewayRoute> SelectionOrder(List<GatewayRoute> routes)
    {
        var ordered = routes
            .Select((route, position) => (route, position))
            .OrderByDescending(r => r.route.UpstreamHost is not null)
            .ThenByDescending(r => r.route.Priority)
            .ThenBy(r => r.position)
            .Select(r => r.route)
            .ToList();
        for (var i = 0; i < ordered.Count; i++)
        {
            ordered[i].Order = i + 1;
        }

        return ordered;
    }

    private static GatewayRoute BuildRoute(FileRoute route, string path, string id, FileGlobalConfiguration global,
        string requestIdKey, TimeProvider time)
    {
        var upstream = UpstreamTemplate.Compile(route.UpstreamPathTemplate!, route.RouteIsCaseSensitive ?? route.ReRouteIsCaseSensitive ?? false);
        var (schemes, scopes, allowAnonymous) = RouteSettings.Authentication(route, global);
        var cache = route.FileCacheOptions ?? route.CacheOptions ?? global.CacheOptions;
        return new GatewayRoute
        {
            Id = id,
            Path = path,
            Key = RouteSettings.NonEmpty(route.Key),
            Upstream = upstream,
            Methods = Methods(route.UpstreamHttpMethod),
            UpstreamHost = RouteSettings.NonEmpty(route.UpstreamHost),
            Priority = upstream.IsCatchAll ? 0 : route.Priority ?? 1,
            Downstream = DownstreamTemplate.Compile(route.DownstreamPathTemplate!, upstream.PlaceholderNames),
            DownstreamScheme = Scheme(route, global),
            DownstreamMethod = RouteSettings.NonEmpty(route.DownstreamHttpMethod)?.ToUpperInvariant(),
            RequestIdKey = RouteSettings.NonEmpty(route.RequestIdKey) ?? requestIdKey,
            AuthorizationPolicy = schemes.Length == 0 || allowAnonymous ? null : RoutePolicyFactory.Create(schemes, scopes, route.RouteClaimsRequirement),
            AllowAnonymous = allowAnonymous,
            RateLimit = RouteSettings.RateLimit(route, global),
            CircuitBreaker = RouteSettings.Breaker(route, global, time),
            ClaimHeaders = route.AddHeadersToRequest.Select(h => ClaimHeader.Parse(h.Key, h.Value)!).ToArray(),
            RequestHeaderTransforms = route.UpstreamHeaderTransform.Select(h => HeaderTransform.Parse(h.Key, h.Value)).ToArray(),
            ResponseHeaderTransforms = route.DownstreamHeaderTransform.Select(h => HeaderTransform.Parse(h.Key, h.Value)).ToArray(),
            CacheTtl = cache?.TtlSeconds is > 0 and var ttl ? TimeSpan.FromSeconds(ttl) : null,
            CacheHeader = RouteSettings.NonEmpty(cache?.Header),
        };
    }

    private static GatewayRoute BuildAggregate(FileAggregateRoute aggregate, string path, string id, List<GatewayRoute> routes, string requestIdKey)
    {
        var upstream = UpstreamTemplate.Compile(aggregate.UpstreamPathTemplate!, aggregate.RouteIsCaseSensitive ?? false);
        var keys = aggregate.RouteKeys.Count > 0 ? aggregate.RouteKeys : aggregate.ReRouteKeys;
        var parts = keys
            .Select(key => routes.First(r => string.Equals(r.Key, key, StringComparison.Ordinal)))
            .Select(route => new AggregatePart(route.Key!, route, DownstreamTemplate.Compile(route.Downstream!.Text, upstream.PlaceholderNames)))
            .ToArray();
        var methods = Methods(aggregate.UpstreamHttpMethod);
        return new GatewayRoute
        {
            Id = id,
            Path = path,
            Upstream = upstream,
            Methods = methods.Length == 0 ? ["GET"] : methods,
            UpstreamHost = RouteSettings.NonEmpty(aggregate.UpstreamHost),
            Priority = upstream.IsCatchAll ? 0 : aggregate.Priority ?? 1,
            RequestIdKey = requestIdKey,
            ClusterId = AggregateClusterId,
            AuthorizationPolicy = CombinedPolicy(parts),
            Aggregate = new AggregateSpec(parts),
        };
    }

    /// <summary>
    /// An aggregate returns every part's data, so the caller must satisfy every part's policy (schemes,
    /// scopes, claims), not just the first one's. Parts needing different schemes are refused at load
    /// (<c>AggregateValidator</c>): a combined policy would accept a principal from either scheme.
    /// </summary>
    private static AuthorizationPolicy? CombinedPolicy(AggregatePart[] parts)
    {
        var policies = parts.Select(p => p.Route.AuthorizationPolicy).OfType<AuthorizationPolicy>().ToArray();
        return policies.Length == 0 ? null : AuthorizationPolicy.Combine(policies);
    }

    private static ClusterSpec BuildCluster(FileRoute route, FileGlobalConfiguration global)
    {
        var scheme = Scheme(route, global);
        var service = RouteSettings.NonEmpty(route.ServiceName) is { } name
            ? new ServiceKey(ServiceNamespace.Resolve(route.ServiceNamespace, global.ServiceDiscoveryProvider.Namespace), name)
            : null;
        var hosts = service is null
            ? string.Join(',', route.DownstreamHostAndPorts.Select(h => $"{h.Host!.Trim()}:{h.Port}"))
            : string.Empty;
        var (cookie, expiry) = RouteSettings.Sticky(route, global);
        var balancer = RouteSettings.LoadBalancerType(route, global);
        var handler = route.HttpHandlerOptions ?? global.HttpHandlerOptions;
        return new ClusterSpec(
            service,
            hosts,
            scheme,
            balancer,
            balancer.Equals("CookieStickySessions", StringComparison.OrdinalIgnoreCase) ? cookie : null,
            expiry,
            RouteSettings.NonEmpty(route.DownstreamHttpVersion) ?? RouteSettings.NonEmpty(global.DownstreamHttpVersion) ?? "1.1",
            RouteSettings.NonEmpty(route.DownstreamHttpVersionPolicy) ?? RouteSettings.NonEmpty(global.DownstreamHttpVersionPolicy),
            handler?.MaxConnectionsPerServer is > 0 ? handler.MaxConnectionsPerServer : null,
            route.DangerousAcceptAnyServerCertificateValidator ?? false,
            RouteSettings.Timeout(route, global));
    }

    private static string Scheme(FileRoute route, FileGlobalConfiguration global) =>
        (RouteSettings.NonEmpty(route.DownstreamScheme) ?? RouteSettings.NonEmpty(global.DownstreamScheme) ?? "http").ToLowerInvariant();

    private static string[] Methods(List<string> methods) =>
        methods.Where(m => !string.IsNullOrWhiteSpace(m)).Select(m => m.Trim().ToUpperInvariant()).Distinct().ToArray();
}
