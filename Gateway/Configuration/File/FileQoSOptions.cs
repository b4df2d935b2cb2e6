namespace Gateway.Configuration.File;

/// <summary>Timeout and circuit breaker of a route.</summary>
public sealed class FileQoSOptions
{
    /// <summary>Milliseconds; overrides the route's <c>Timeout</c>.</summary>
    public int? Timeout { get; set; }

    /// <summary>Legacy name of <see cref="Timeout"/>; wins.</summary>
    public int? TimeoutValue { get; set; }

    public int? MinimumThroughput { get; set; }

    /// <summary>Legacy breaker threshold; used as <see cref="MinimumThroughput"/> when that is unset.</summary>
    public int? ExceptionsAllowedBeforeBreaking { get; set; }

    /// <summary>Milliseconds the breaker stays open.</summary>
    public int? BreakDuration { get; set; }

    /// <summary>Legacy name of <see cref="BreakDuration"/>; wins.</summary>
    public int? DurationOfBreak { get; set; }

    public double? FailureRatio { get; set; }

    /// <summary>Milliseconds of the window failures are counted in.</summary>
    public int? SamplingDuration { get; set; }

    /// <summary>Limits a global section to the routes with these keys; empty = all routes.</summary>
    public List<string> RouteKeys { get; set; } = [];
}
