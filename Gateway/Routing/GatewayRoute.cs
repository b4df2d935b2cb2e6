using System.Text.RegularExpressions;
using Gateway.Aggregation;
using Gateway.Proxy;
using Gateway.RateLimiting;
using Microsoft.AspNetCore.Authorization;

namespace Gateway.Routing;

/// <summary>
/// One route of the route file with its globals merged in and its templates compiled. It is attached
/// to the route's endpoint as metadata, so request-time code reads it without any lookup table.
/// </summary>
internal sealed class GatewayRoute
{
    public required string Id { get; init; }

    /// <summary>Where the route sits in the file (<c>Routes[3]</c>), for log and error messages.</summary>
    public required string Path { get; init; }

    public string? Key { get; init; }

    public required UpstreamTemplate Upstream { get; init; }

    /// <summary>Upper-case methods; empty accepts every method.</summary>
    public required string[] Methods { get; init; }

    public string? UpstreamHost { get; init; }

    public required int Priority { get; init; }

    /// <summary>The YARP route order: the route's rank in Ocelot's selection order.</summary>
    public int Order { get; set; }

    public DownstreamTemplate? Downstream { get; init; }

    public string DownstreamScheme { get; init; } = "http";

    public string? DownstreamMethod { get; init; }

    public string? ClusterId { get; set; }

    public required string RequestIdKey { get; init; }

    public AuthorizationPolicy? AuthorizationPolicy { get; init; }

    public bool AllowAnonymous { get; init; }

    public RateLimitRule? RateLimit { get; init; }

    public CircuitBreaker? CircuitBreaker { get; init; }

    public ClaimHeader[] ClaimHeaders { get; init; } = [];

    public HeaderTransform[] RequestHeaderTransforms { get; init; } = [];

    public HeaderTransform[] ResponseHeaderTransforms { get; init; } = [];

    public AggregateSpec? Aggregate { get; init; }

    /// <summary><c>CacheOptions.TtlSeconds</c> (legacy <c>FileCacheOptions</c> wins); null = not cached.</summary>
    public TimeSpan? CacheTtl { get; init; }

    /// <summary><c>CacheOptions.Header</c>: a request header whose value is part of the cache key.</summary>
    public string? CacheHeader { get; init; }

    /// <summary>The exact Ocelot check that follows endpoint routing's coarse match.</summary>
    public bool Matches(HttpRequest request)
    {
        if (UpstreamHost is not null && !string.Equals(request.Host.Host, UpstreamHost, StringComparison.OrdinalIgnoreCase))
        {
            return false;
        }

        if (Methods.Length > 0 && Array.IndexOf(Methods, request.Method) < 0 && !ContainsIgnoreCase(Methods, request.Method))
        {
            return false;
        }

        return Upstream.HasQuery
            ? Upstream.Regex.IsMatch(request.Path.Value + request.QueryString.Value)
            : Upstream.Regex.IsMatch(request.Path.Value ?? "/");
    }

    /// <summary>Whether a path (no host check) reaches this route with this method; used to rewrite OpenAPI paths.</summary>
    public bool MatchesPath(string method, string path) =>
        (Methods.Length == 0 || ContainsIgnoreCase(Methods, method)) && Upstream.Regex.IsMatch(path);

    /// <summary>Runs the template again to capture placeholder values (only when they are needed).</summary>
    public Match Capture(HttpRequest request) => Upstream.HasQuery
        ? Upstream.Regex.Match(request.Path.Value + request.QueryString.Value)
        : Upstream.Regex.Match(request.Path.Value ?? "/");

    private static bool ContainsIgnoreCase(string[] values, string value)
    {
        foreach (var candidate in values)
        {
            if (string.Equals(candidate, value, StringComparison.OrdinalIgnoreCase))
            {
                return true;
            }
        }

        return false;
    }
}
