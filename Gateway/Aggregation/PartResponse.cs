namespace Gateway.Aggregation;

/// <summary>
/// What one sub-request returned; <see cref="Failure"/> is set when no response came back, and
/// <see cref="RetryAfter"/> when its route turned it away for a while (circuit open).
/// </summary>
internal sealed record PartResponse(string Key, int StatusCode, string? ContentType, byte[] Body, string? Failure, TimeSpan? RetryAfter = null)
{
    public bool Failed => Failure is not null || StatusCode >= 400;

    /// <summary>The response set a cookie: like ASP.NET output caching, such a response is never cached.</summary>
    public bool SetsCookie { get; init; }
}
