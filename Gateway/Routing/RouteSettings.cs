using System.Globalization;
using Gateway.Configuration.File;
using Gateway.Proxy;
using Gateway.RateLimiting;

namespace Gateway.Routing;

/// <summary>
/// Merges a route's sections with the <c>GlobalConfiguration</c> defaults, property by property:
/// a value set on the route wins; a global section applies only to the routes its <c>RouteKeys</c>
/// name (all routes when empty); legacy names win over their new names, like Ocelot.
/// </summary>
internal static class RouteSettings
{
    public const string DefaultClientIdHeader = "Oc-Client";
    public static readonly TimeSpan DefaultTimeout = TimeSpan.FromSeconds(90);

    public static bool Applies(List<string>? routeKeys, string? key) =>
        routeKeys is null || routeKeys.Count == 0 || (key is not null && routeKeys.Contains(key, StringComparer.Ordinal));

    public static T? Global<T>(T? section, Func<T, List<string>> routeKeys, string? key) where T : class =>
        section is not null && Applies(routeKeys(section), key) ? section : null;

    public static string LoadBalancerType(FileRoute route, FileGlobalConfiguration global) =>
        NonEmpty(route.LoadBalancerOptions?.Type)
        ?? NonEmpty(Global(global.LoadBalancerOptions, o => o.RouteKeys, route.Key)?.Type)
        ?? "NoLoadBalancer";

    public static (string? Cookie, TimeSpan Expiry) Sticky(FileRoute route, FileGlobalConfiguration global)
    {
        var fallback = Global(global.LoadBalancerOptions, o => o.RouteKeys, route.Key);
        var cookie = NonEmpty(route.LoadBalancerOptions?.Key) ?? NonEmpty(fallback?.Key);
        var expiry = Positive(route.LoadBalancerOptions?.Expiry) ?? Positive(fallback?.Expiry) ?? 1_200_000;
        return (cookie, TimeSpan.FromMilliseconds(expiry));
    }

    /// <summary>The authentication schemes a route requires; empty when it is anonymous.</summary>
    public static (string[] Schemes, string[] Scopes, bool AllowAnonymous) Authentication(FileRoute route, FileGlobalConfiguration global)
    {
        var own = route.AuthenticationOptions;
        var fallback = Global(global.AuthenticationOptions, o => o.RouteKeys, route.Key);
        var schemes = Schemes(own) ?? Schemes(fallback) ?? [];
        var scopes = NonEmpty(own?.AllowedScopes) ?? NonEmpty(fallback?.AllowedScopes) ?? [];
        var allowAnonymous = own?.AllowAnonymous ?? fallback?.AllowAnonymous ?? false;
        return (schemes, scopes, allowAnonymous);
    }

    public static TimeSpan Timeout(FileRoute route, FileGlobalConfiguration global)
    {
        var qos = QoS(route, global);
        var qosTimeout = Positive(route.QoSOptions?.TimeoutValue) ?? Positive(route.QoSOptions?.Timeout)
            ?? Positive(qos?.TimeoutValue) ?? Positive(qos?.Timeout);
        if (qosTimeout is { } milliseconds)
        {
            return TimeSpan.FromMilliseconds(milliseconds);
        }

        var seconds = Positive(route.Timeout) ?? Positive(global.Timeout);
        return seconds is { } s ? TimeSpan.FromSeconds(s) : DefaultTimeout;
    }

    public static CircuitBreaker? Breaker(FileRoute route, FileGlobalConfiguration global, TimeProvider time)
    {
        var own = route.QoSOptions;
        var fallback = QoS(route, global);
        var throughput = Positive(own?.MinimumThroughput) ?? Positive(own?.ExceptionsAllowedBeforeBreaking)
            ?? Positive(fallback?.MinimumThroughput) ?? Positive(fallback?.ExceptionsAllowedBeforeBreaking);
        if (throughput is not { } minimum)
        {
            return null;
        }

        var ratio = own?.FailureRatio ?? fallback?.FailureRatio ?? 0.8;
        var breakMs = Positive(own?.DurationOfBreak) ?? Positive(own?.BreakDuration)
            ?? Positive(fallback?.DurationOfBreak) ?? Positive(fallback?.BreakDuration) ?? 5000;
        var samplingMs = Positive(own?.SamplingDuration) ?? Positive(fallback?.SamplingDuration) ?? 10_000;
        return new CircuitBreaker(minimum, ratio, TimeSpan.FromMilliseconds(samplingMs), TimeSpan.FromMilliseconds(breakMs), time);
    }

    /// <summary>Whether rate limiting is on: an explicit flag wins, else on when a section applies.</summary>
    public static bool RateLimitEnabled(FileRoute route, FileGlobalConfiguration global)
    {
        var fallback = Global(global.RateLimitOptions, o => o.RouteKeys, route.Key);
        return route.RateLimitOptions?.EnableRateLimiting ?? fallback?.EnableRateLimiting
            ?? (route.RateLimitOptions is not null || fallback?.Limit is not null || fallback?.Period is not null);
    }

    /// <summary>The effective rule; null when disabled. Assumes the file passed validation.</summary>
    public static RateLimitRule? RateLimit(FileRoute route, FileGlobalConfiguration global)
    {
        if (!RateLimitEnabled(route, global))
        {
            return null;
        }

        var own = route.RateLimitOptions;
        var any = global.RateLimitOptions;
        var fallback = Global(any, o => o.RouteKeys, route.Key);
        var limit = (int)(own?.Limit ?? fallback?.Limit ?? 0);
        var periodText = NonEmpty(own?.Period) ?? NonEmpty(fallback?.Period) ?? string.Empty;
        _ = PeriodParser.TryParse(periodText, out var period);
        var wait = own?.PeriodTimespan ?? own?.Wait ?? fallback?.PeriodTimespan ?? fallback?.Wait ?? 0;
        var message = NonEmpty(own?.QuotaExceededMessage) ?? NonEmpty(own?.QuotaMessage)
            ?? NonEmpty(fallback?.QuotaExceededMessage) ?? NonEmpty(fallback?.QuotaMessage)
            ?? string.Format(CultureInfo.InvariantCulture, "API calls quota exceeded! maximum admitted {0} per {1}.", limit, periodText);
        var headers = own?.DisableRateLimitHeaders is bool ownDisabled ? !ownDisabled
            : own?.EnableHeaders ?? (fallback?.DisableRateLimitHeaders is bool disabled ? !disabled : fallback?.EnableHeaders ?? true);
        return new RateLimitRule(
            NonEmpty(own?.ClientIdHeader) ?? NonEmpty(fallback?.ClientIdHeader) ?? NonEmpty(any?.ClientIdHeader)
                ?? NonEmpty(any?.ClientId) ?? DefaultClientIdHeader,
            NonEmpty(own?.ClientWhitelist) ?? NonEmpty(fallback?.ClientWhitelist) ?? [],
            limit,
            period,
            TimeSpan.FromSeconds(wait),
            own?.HttpStatusCode ?? own?.StatusCode ?? fallback?.HttpStatusCode ?? fallback?.StatusCode ?? StatusCodes.Status429TooManyRequests,
            message,
            headers);
    }

    public static FileQoSOptions? QoS(FileRoute route, FileGlobalConfiguration global) =>
        Global(global.QoSOptions, o => o.RouteKeys, route.Key);

    public static string? NonEmpty(string? value) => string.IsNullOrWhiteSpace(value) ? null : value.Trim();

    private static string[]? NonEmpty(List<string>? values) =>
        values is { Count: > 0 } ? values.Where(v => !string.IsNullOrWhiteSpace(v)).Select(v => v.Trim()).ToArray() : null;

    private static string[]? Schemes(FileAuthenticationOptions? options) =>
        NonEmpty(options?.AuthenticationProviderKey) is { } legacy ? [legacy] : NonEmpty(options?.AuthenticationProviderKeys);

    private static int? Positive(int? value) => value is > 0 ? value : null;
}
