namespace Gateway.Configuration.File;

/// <summary>Fixed-window rate limiting per client and route (spec §5).</summary>
public sealed class FileRateLimitOptions
{
    public bool? EnableRateLimiting { get; set; }

    public string? ClientIdHeader { get; set; }

    /// <summary>Legacy global name of <see cref="ClientIdHeader"/>.</summary>
    public string? ClientId { get; set; }

    public List<string> ClientWhitelist { get; set; } = [];

    public long? Limit { get; set; }

    /// <summary><c>500ms</c>, <c>1s</c>, <c>1m</c>, <c>1h</c>, <c>1d</c>.</summary>
    public string? Period { get; set; }

    /// <summary>Seconds a blocked client waits.</summary>
    public double? Wait { get; set; }

    /// <summary>Legacy name of <see cref="Wait"/>; wins.</summary>
    public double? PeriodTimespan { get; set; }

    public int? StatusCode { get; set; }

    /// <summary>Legacy name of <see cref="StatusCode"/>; wins.</summary>
    public int? HttpStatusCode { get; set; }

    public string? QuotaMessage { get; set; }

    /// <summary>Legacy name of <see cref="QuotaMessage"/>; wins.</summary>
    public string? QuotaExceededMessage { get; set; }

    public bool? EnableHeaders { get; set; }

    /// <summary>Legacy inverse of <see cref="EnableHeaders"/>; wins.</summary>
    public bool? DisableRateLimitHeaders { get; set; }

    /// <summary>Limits a global section to the routes with these keys; empty = all routes.</summary>
    public List<string> RouteKeys { get; set; } = [];
}
