namespace Gateway.Configuration.File;

/// <summary>Response caching of GET requests.</summary>
public sealed class FileCacheOptions
{
    public int? TtlSeconds { get; set; }

    public string? Region { get; set; }

    /// <summary>A request header whose value is part of the cache key.</summary>
    public string? Header { get; set; }

    public bool? EnableContentHashing { get; set; }
}
