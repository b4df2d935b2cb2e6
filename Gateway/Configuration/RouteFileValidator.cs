using Gateway.Configuration.File;
using Gateway.RateLimiting;
using Gateway.Routing;

namespace Gateway.Configuration;

/// <summary>The startup and reload checks of spec §1; every error names its key path.</summary>
internal static class RouteFileValidator
{
    private static readonly string[] LoadBalancers = ["NoLoadBalancer", "RoundRobin", "LeastConnection", "CookieStickySessions"];
    private static readonly string[] DiscoveryTypes = ["Static", "Kube", "PollKube", "WatchKube"];
    private static readonly string[] HttpVersions = ["1.0", "1.1", "2", "2.0", "3", "3.0"];
    private static readonly string[] VersionPolicies = ["RequestVersionExact", "RequestVersionOrLower", "RequestVersionOrHigher"];

    public static void Validate(FileConfiguration file, IReadOnlySet<string> schemes, List<string> errors)
    {
        var global = file.GlobalConfiguration;
        ValidateDiscovery(global.ServiceDiscoveryProvider, errors);
        ValidateGlobal(global, errors);
        var keyed = new Dictionary<string, (FileRoute Route, string Path)>(StringComparer.Ordinal);
        foreach (var (route, path) in file.AllRoutes())
        {
            RouteValidator.Validate(route, path, global, schemes, errors);
            if (RouteSettings.NonEmpty(route.Key) is { } key && !keyed.TryAdd(key, (route, path)))
            {
                errors.Add($"{path}.Key: '{key}' is used by another route.");
            }
        }

        for (var i = 0; i < file.Aggregates.Count; i++)
        {
            ValidateAggregate(file.Aggregates[i], $"Aggregates[{i}]", keyed, errors);
            AggregateValidator.Validate(file.Aggregates[i], $"Aggregates[{i}]", keyed, global, errors);
        }

        DuplicateRouteCheck.Run(file, errors);
    }

    public static bool IsKnownLoadBalancer(string type) => LoadBalancers.Contains(type, StringComparer.OrdinalIgnoreCase);

    public static bool IsKnownHttpVersion(string version) => HttpVersions.Contains(version);

    public static bool IsKnownVersionPolicy(string policy) => VersionPolicies.Contains(policy, StringComparer.OrdinalIgnoreCase);

    private static void ValidateDiscovery(FileServiceDiscoveryProvider provider, List<string> errors)
    {
        const string path = "GlobalConfiguration.ServiceDiscoveryProvider";
        if (RouteSettings.NonEmpty(provider.Type) is { } type && !DiscoveryTypes.Contains(type, StringComparer.OrdinalIgnoreCase))
        {
            errors.Add($"{path}.Type: '{type}' is not supported by this gateway (use Kube, PollKube, WatchKube or Static).");
        }

        foreach (var (name, hosts) in provider.Services)
        {
            for (var i = 0; i < hosts.Count; i++)
            {
                HostValidator.Validate(hosts[i], $"{path}.Services.{name}[{i}]", errors);
            }
        }
    }

    private static void ValidateGlobal(FileGlobalConfiguration global, List<string> errors)
    {
        if (RouteSettings.NonEmpty(global.LoadBalancerOptions?.Type) is { } type && !IsKnownLoadBalancer(type))
        {
            errors.Add($"GlobalConfiguration.LoadBalancerOptions.Type: '{type}' is not a known load balancer ({string.Join(", ", LoadBalancers)}).");
        }

        RouteValidator.ValidateTimeout(global.Timeout, "GlobalConfiguration.Timeout", errors);

        if (RouteSettings.NonEmpty(global.DownstreamHttpVersion) is { } version && !IsKnownHttpVersion(version))
        {
            errors.Add($"GlobalConfiguration.DownstreamHttpVersion: '{version}' is not one of {string.Join(", ", HttpVersions)}.");
        }

        var rate = global.RateLimitOptions;
        if (rate?.Period is { Length: > 0 } period && !PeriodParser.TryParse(period, out _))
        {
            errors.Add($"GlobalConfiguration.RateLimitOptions.Period: '{period}' is not a period like 500ms, 1s, 1m, 1h or 1d, from 1ms to 365d.");
        }

        RouteValidator.ValidateWait(rate, "GlobalConfiguration.RateLimitOptions", errors);
    }

    private static void ValidateAggregate(FileAggregateRoute aggregate, string path, Dictionary<string, (FileRoute Route, string Path)> keys, List<string> errors)
    {
        TemplateValidator.Validate(aggregate.UpstreamPathTemplate, $"{path}.UpstreamPathTemplate", errors);
        var routeKeys = aggregate.RouteKeys.Count > 0 ? aggregate.RouteKeys : aggregate.ReRouteKeys;
        if (routeKeys.Count == 0)
        {
            errors.Add($"{path}.RouteKeys: an aggregate needs at least one route key.");
        }

        foreach (var key in routeKeys.Where(k => !keys.ContainsKey(k)))
        {
            errors.Add($"{path}.RouteKeys: no route has the Key '{key}'.");
        }

        if (!string.IsNullOrWhiteSpace(aggregate.Aggregator))
        {
            errors.Add($"{path}.Aggregator: custom aggregators are not supported by this gateway.");
        }
    }
}
