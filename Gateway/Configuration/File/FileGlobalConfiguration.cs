namespace Gateway.Configuration.File;

/// <summary>Gateway-wide settings and the defaults routes inherit property by property.</summary>
public sealed class FileGlobalConfiguration
{
    public string? BaseUrl { get; set; }

    public string? RequestIdKey { get; set; }

    /// <summary>Seconds; the default of every route's <c>Timeout</c>.</summary>
    public int? Timeout { get; set; }

    public string? DownstreamScheme { get; set; }

    public string? DownstreamHttpVersion { get; set; }

    public string? DownstreamHttpVersionPolicy { get; set; }

    public FileServiceDiscoveryProvider ServiceDiscoveryProvider { get; set; } = new();

    public FileRateLimitOptions? RateLimitOptions { get; set; }

    public FileQoSOptions? QoSOptions { get; set; }

    public FileLoadBalancerOptions? LoadBalancerOptions { get; set; }

    public FileAuthenticationOptions? AuthenticationOptions { get; set; }

    public FileHttpHandlerOptions? HttpHandlerOptions { get; set; }

    public FileCacheOptions? CacheOptions { get; set; }
}
