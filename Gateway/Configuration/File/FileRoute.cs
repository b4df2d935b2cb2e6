namespace Gateway.Configuration.File;

/// <summary>One route of the route file. Nullable values mean "not set": globals then defaults apply.</summary>
public sealed class FileRoute
{
    public string? UpstreamPathTemplate { get; set; }

    public List<string> UpstreamHttpMethod { get; set; } = [];

    public string? UpstreamHost { get; set; }

    public bool? RouteIsCaseSensitive { get; set; }

    /// <summary>Pre-16 name of <see cref="RouteIsCaseSensitive"/>.</summary>
    public bool? ReRouteIsCaseSensitive { get; set; }

    public int? Priority { get; set; }

    public string? DownstreamPathTemplate { get; set; }

    public string? DownstreamScheme { get; set; }

    public List<FileHostAndPort> DownstreamHostAndPorts { get; set; } = [];

    public string? DownstreamHttpVersion { get; set; }

    public string? DownstreamHttpVersionPolicy { get; set; }

    public string? DownstreamHttpMethod { get; set; }

    public string? ServiceName { get; set; }

    public string? ServiceNamespace { get; set; }

    public FileLoadBalancerOptions? LoadBalancerOptions { get; set; }

    public FileAuthenticationOptions? AuthenticationOptions { get; set; }

    public Dictionary<string, string> RouteClaimsRequirement { get; set; } = [];

    public Dictionary<string, string> AddHeadersToRequest { get; set; } = [];

    public Dictionary<string, string> UpstreamHeaderTransform { get; set; } = [];

    public Dictionary<string, string> DownstreamHeaderTransform { get; set; } = [];

    public FileRateLimitOptions? RateLimitOptions { get; set; }

    public FileQoSOptions? QoSOptions { get; set; }

    /// <summary>Seconds; route, else global, else 90.</summary>
    public int? Timeout { get; set; }

    public FileCacheOptions? CacheOptions { get; set; }

    /// <summary>Legacy name of <see cref="CacheOptions"/>; wins when both are set.</summary>
    public FileCacheOptions? FileCacheOptions { get; set; }

    public string? RequestIdKey { get; set; }

    public string? Key { get; set; }

    public FileHttpHandlerOptions? HttpHandlerOptions { get; set; }

    public bool? DangerousAcceptAnyServerCertificateValidator { get; set; }
}
