using System.Globalization;

namespace Gateway.RateLimiting;

/// <summary>A route's effective rate limit (spec §5). Compared by reference: one limiter set per route.</summary>
internal sealed class RateLimitRule
{
    /// <summary>
    /// Client windows one rule keeps (client ids and addresses together, about 0.3 KB each, so a few
    /// MB per rule at most); further clients share an overflow window. See README, Gateway → Security decisions.
    /// </summary>
    public const int DefaultMaxClients = 10_000;

    public RateLimitRule(string clientIdHeader, IEnumerable<string> whitelist, int limit, TimeSpan period, TimeSpan wait,
        int statusCode, string message, bool enableHeaders, int maxClients = DefaultMaxClients)
    {
        Partitions = new PartitionBudget(maxClients);
        ClientIdHeader = clientIdHeader;
        Whitelist = new HashSet<string>(whitelist, StringComparer.Ordinal);
        Limit = limit;
        LimitText = limit.ToString(CultureInfo.InvariantCulture);
        Period = period;
        Wait = wait;
        StatusCode = statusCode;
        Message = message;
        EnableHeaders = enableHeaders;
    }

    public string ClientIdHeader { get; }

    public HashSet<string> Whitelist { get; }

    public int Limit { get; }

    /// <summary>Pre-rendered so allowed responses do not format the number every time.</summary>
    public string LimitText { get; }

    public TimeSpan Period { get; }

    /// <summary>How long a client that exceeded the limit stays blocked; zero = until the window ends.</summary>
    public TimeSpan Wait { get; }

    public int StatusCode { get; }

    public string Message { get; }

    public bool EnableHeaders { get; }

    /// <summary>The live client windows of this rule, capped; a reload makes new rules and so a fresh budget.</summary>
    public PartitionBudget Partitions { get; }
}
