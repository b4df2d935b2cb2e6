namespace Gateway.Discovery;

/// <summary>
/// Capped exponential backoff with jitter, so gateways that lost the API server together do not
/// reconnect in lock-step. Used by one watch loop only, so it is not thread-safe.
/// </summary>
internal sealed class ReconnectBackoff(TimeSpan initial, TimeSpan max)
{
    private int _attempt;

    public TimeSpan Next()
    {
        var exponential = initial.TotalMilliseconds * Math.Pow(2, Math.Min(_attempt, 16));
        _attempt++;
        var capped = Math.Min(exponential, max.TotalMilliseconds);

        // Jitter in [50%, 100%] of the capped delay: spreads reconnects without ever waiting longer than the cap.
        return TimeSpan.FromMilliseconds(capped * (0.5 + (Random.Shared.NextDouble() / 2)));
    }

    public void Reset() => _attempt = 0;
}
