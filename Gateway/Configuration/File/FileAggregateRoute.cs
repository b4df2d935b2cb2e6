namespace Gateway.Configuration.File;

/// <summary>A route answered by combining the responses of the routes named by key.</summary>
public sealed class FileAggregateRoute
{
    public List<string> RouteKeys { get; set; } = [];

    /// <summary>Pre-16 name of <see cref="RouteKeys"/>.</summary>
    public List<string> ReRouteKeys { get; set; } = [];

    public string? UpstreamPathTemplate { get; set; }

    public List<string> UpstreamHttpMethod { get; set; } = [];

    public string? UpstreamHost { get; set; }

    public bool? RouteIsCaseSensitive { get; set; }

    public int? Priority { get; set; }

    /// <summary>A custom aggregator name: not supported (the default aggregator is always used).</summary>
    public string? Aggregator { get; set; }
}
