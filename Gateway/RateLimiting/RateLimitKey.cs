namespace Gateway.RateLimiting;

/// <summary>A partition: one route's rule and one client (a client id string or an IP address).</summary>
internal readonly record struct RateLimitKey(RateLimitRule Rule, object Client);
