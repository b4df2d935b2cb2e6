namespace Gateway.Configuration.File;

/// <summary>How a route spreads requests over the instances of its service.</summary>
public sealed class FileLoadBalancerOptions
{
    /// <summary><c>NoLoadBalancer</c> (default), <c>RoundRobin</c>, <c>LeastConnection</c>, <c>CookieStickySessions</c>.</summary>
    public string? Type { get; set; }

    /// <summary>The sticky-session cookie name.</summary>
    public string? Key { get; set; }

    /// <summary>The sticky-session lifetime in milliseconds.</summary>
    public int? Expiry { get; set; }

    /// <summary>Limits a global section to the routes with these keys; empty = all routes.</summary>
    public List<string> RouteKeys { get; set; } = [];
}
