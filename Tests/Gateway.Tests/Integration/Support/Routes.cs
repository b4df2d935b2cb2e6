namespace Gateway.Tests.Integration.Support;

/// <summary>Builders for route file fragments (anonymous objects serialise to the Ocelot JSON shape).</summary>
internal static class Routes
{
    public static Dictionary<string, object?> ByService(string upstream, string downstream, string service, params string[] methods) => new()
    {
        ["UpstreamPathTemplate"] = upstream,
        ["DownstreamPathTemplate"] = downstream,
        ["DownstreamScheme"] = "http",
        ["ServiceName"] = service,
        ["UpstreamHttpMethod"] = methods,
    };

    public static Dictionary<string, object?> ByHost(string upstream, string downstream, params TestBackend[] backends) => new()
    {
        ["UpstreamPathTemplate"] = upstream,
        ["DownstreamPathTemplate"] = downstream,
        ["DownstreamScheme"] = "http",
        ["DownstreamHostAndPorts"] = backends.Select(b => new { Host = "127.0.0.1", b.Port }).ToArray(),
    };

    public static Dictionary<string, object?> With(this Dictionary<string, object?> route, string key, object? value)
    {
        route[key] = value;
        return route;
    }

    public static object File(IEnumerable<object> routes, object? global = null, IEnumerable<object>? aggregates = null) => new
    {
        Routes = routes.ToArray(),
        Aggregates = (aggregates ?? []).ToArray(),
        GlobalConfiguration = global ?? new { ServiceDiscoveryProvider = new { Type = "Static" } },
    };
}
