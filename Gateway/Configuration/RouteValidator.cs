using Gateway.Configuration.File;
using Gateway.RateLimiting;
using Gateway.Routing;

namespace Gateway.Configuration;

/// <summary>The checks of one route.</summary>
internal static class RouteValidator
{
    private const int MaxTimeoutSeconds = int.MaxValue / 1000;

    public static void Validate(FileRoute route, string path, FileGlobalConfiguration global, IReadOnlySet<string> schemes, List<string> errors)
    {
        TemplateValidator.Validate(route.UpstreamPathTemplate, $"{path}.UpstreamPathTemplate", errors);
        TemplateValidator.Validate(route.DownstreamPathTemplate, $"{path}.DownstreamPathTemplate", errors);
        ValidateDestination(route, path, global, errors);
        ValidateOptions(route, path, errors);
        ValidateAuthentication(route, path, global, schemes, errors);
        ValidateRateLimit(route, path, global, errors);
        ValidateQoS(route.QoSOptions, $"{path}.QoSOptions", errors);
        ValidateHeaders(route, path, errors);
    }

    private static void ValidateDestination(FileRoute route, string path, FileGlobalConfiguration global, List<string> errors)
    {
        if (RouteSettings.NonEmpty(route.ServiceName) is not null)
        {
            if (RouteSettings.NonEmpty(global.ServiceDiscoveryProvider.Type) is null)
            {
                errors.Add($"{path}.ServiceName: needs GlobalConfiguration.ServiceDiscoveryProvider.Type.");
            }
        }
        else if (route.DownstreamHostAndPorts.Count == 0)
        {
            errors.Add($"{path}.DownstreamHostAndPorts: a route without ServiceName needs at least one host.");
        }

        for (var i = 0; i < route.DownstreamHostAndPorts.Count; i++)
        {
            HostValidator.Validate(route.DownstreamHostAndPorts[i], $"{path}.DownstreamHostAndPorts[{i}]", errors);
        }

        var scheme = RouteSettings.NonEmpty(route.DownstreamScheme);
        if (scheme is not null && !scheme.Equals("http", StringComparison.OrdinalIgnoreCase) && !scheme.Equals("https", StringComparison.OrdinalIgnoreCase))
        {
            errors.Add($"{path}.DownstreamScheme: '{scheme}' must be http or https.");
        }
    }

    private static void ValidateOptions(FileRoute route, string path, List<string> errors)
    {
        if (RouteSettings.NonEmpty(route.LoadBalancerOptions?.Type) is { } type && !RouteFileValidator.IsKnownLoadBalancer(type))
        {
            errors.Add($"{path}.LoadBalancerOptions.Type: '{type}' is not a known load balancer (NoLoadBalancer, RoundRobin, LeastConnection, CookieStickySessions).");
        }

        if (RouteSettings.NonEmpty(route.DownstreamHttpVersion) is { } version && !RouteFileValidator.IsKnownHttpVersion(version))
        {
            errors.Add($"{path}.DownstreamHttpVersion: '{version}' is not a supported HTTP version.");
        }

        if (RouteSettings.NonEmpty(route.DownstreamHttpVersionPolicy) is { } policy && !RouteFileValidator.IsKnownVersionPolicy(policy))
        {
            errors.Add($"{path}.DownstreamHttpVersionPolicy: '{policy}' is not a version policy.");
        }

        ValidateTimeout(route.Timeout, $"{path}.Timeout", errors);

        if (route.HttpHandlerOptions?.MaxConnectionsPerServer is < 0)
        {
            errors.Add($"{path}.HttpHandlerOptions.MaxConnectionsPerServer: must not be negative.");
        }

        var cache = route.FileCacheOptions ?? route.CacheOptions;
        if (cache?.TtlSeconds is < 0)
        {
            var name = route.FileCacheOptions is null ? "CacheOptions" : "FileCacheOptions";
            errors.Add($"{path}.{name}.TtlSeconds: must not be negative.");
        }
    }

    private static void ValidateAuthentication(FileRoute route, string path, FileGlobalConfiguration global, IReadOnlySet<string> schemes, List<string> errors)
    {
        var (required, _, _) = RouteSettings.Authentication(route, global);
        foreach (var scheme in required.Where(s => !schemes.Contains(s)))
        {
            var key = route.AuthenticationOptions?.AuthenticationProviderKey is { Length: > 0 } ? "AuthenticationProviderKey" : "AuthenticationProviderKeys";
            errors.Add($"{path}.AuthenticationOptions.{key}: no authentication scheme '{scheme}' (known: {string.Join(", ", schemes)}).");
        }
    }

    private static void ValidateRateLimit(FileRoute route, string path, FileGlobalConfiguration global, List<string> errors)
    {
        if (!RouteSettings.RateLimitEnabled(route, global))
        {
            return;
        }

        var fallback = RouteSettings.Global(global.RateLimitOptions, o => o.RouteKeys, route.Key);
        var own = route.RateLimitOptions;
        var period = RouteSettings.NonEmpty(own?.Period) ?? RouteSettings.NonEmpty(fallback?.Period);
        if (!PeriodParser.TryParse(period, out _))
        {
            errors.Add($"{path}.RateLimitOptions.Period: '{period}' is not a period like 500ms, 1s, 1m, 1h or 1d, from 1ms to 365d.");
        }

        ValidateWait(own, $"{path}.RateLimitOptions", errors);

        var limit = own?.Limit ?? fallback?.Limit;
        if (limit is not > 0 || limit > int.MaxValue)
        {
            errors.Add($"{path}.RateLimitOptions.Limit: must be greater than 0 (is {limit?.ToString(System.Globalization.CultureInfo.InvariantCulture) ?? "unset"}).");
        }
    }

    /// <summary>Wait and its legacy name PeriodTimespan, in seconds; shared with the global section.</summary>
    public static void ValidateWait(FileRateLimitOptions? options, string path, List<string> errors)
    {
        foreach (var (name, value) in new[] { ("Wait", options?.Wait), ("PeriodTimespan", options?.PeriodTimespan) })
        {
            if (value is { } seconds && !PeriodParser.IsValidWait(seconds))
            {
                errors.Add($"{path}.{name}: must be from 0 to {PeriodParser.MaxPeriod.TotalSeconds:0} seconds (365 days).");
            }
        }
    }

    /// <summary>Route and global <c>Timeout</c>, in seconds: it becomes a cancellation timer, which allows at most int.MaxValue ms.</summary>
    public static void ValidateTimeout(int? seconds, string path, List<string> errors)
    {
        if (seconds is < 0 or > MaxTimeoutSeconds)
        {
            errors.Add($"{path}: must be from 0 to {MaxTimeoutSeconds} seconds.");
        }
    }

    private static void ValidateQoS(FileQoSOptions? qos, string path, List<string> errors)
    {
        if (qos?.FailureRatio is { } ratio && (ratio <= 0 || ratio > 1))
        {
            errors.Add($"{path}.FailureRatio: must be in (0, 1].");
        }

        // Every QoS value is an int of milliseconds: any non-negative one fits a TimeSpan and a timer.
        if (qos is not null && new[] { qos.Timeout, qos.TimeoutValue, qos.BreakDuration, qos.DurationOfBreak, qos.SamplingDuration, qos.MinimumThroughput, qos.ExceptionsAllowedBeforeBreaking }.Any(v => v < 0))
        {
            errors.Add($"{path}: durations and counts must not be negative.");
        }
    }

    private static void ValidateHeaders(FileRoute route, string path, List<string> errors)
    {
        foreach (var (header, expression) in route.AddHeadersToRequest)
        {
            if (ClaimHeader.Parse(header, expression) is null)
            {
                errors.Add($"{path}.AddHeadersToRequest.{header}: '{expression}' is not 'Claims[type] > value' or 'Claims[type] > value[i] > delimiter'.");
            }
        }
    }
}
