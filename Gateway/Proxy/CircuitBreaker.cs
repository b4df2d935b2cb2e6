namespace Gateway.Proxy;

/// <summary>
/// A route's circuit breaker (QoSOptions): within each sampling window, once at least
/// <c>MinimumThroughput</c> requests were seen and the failure ratio reaches <c>FailureRatio</c>,
/// the circuit opens for <c>BreakDuration</c>; then one trial request decides whether it closes.
/// </summary>
internal sealed class CircuitBreaker(int minimumThroughput, double failureRatio, TimeSpan samplingDuration,
    TimeSpan breakDuration, TimeProvider time)
{
    private readonly Lock _lock = new();
    private long _windowEnd;
    private int _total;
    private int _failures;
    private long _openUntil;
    private bool _trialInFlight;

    /// <summary>False while the circuit is open; <paramref name="retryAfter"/> says for how long.</summary>
    public bool TryEnter(out TimeSpan retryAfter) => TryEnter(out retryAfter, out _);

    /// <summary>As <see cref="TryEnter(out TimeSpan)"/>; <paramref name="isTrial"/> is true for the one request that decides whether the circuit closes.</summary>
    public bool TryEnter(out TimeSpan retryAfter, out bool isTrial)
    {
        var now = time.GetUtcNow().UtcTicks;
        lock (_lock)
        {
            retryAfter = TimeSpan.Zero;
            isTrial = false;
            if (_openUntil == 0)
            {
                return true;
            }

            if (now < _openUntil || _trialInFlight)
            {
                retryAfter = TimeSpan.FromTicks(Math.Max(_openUntil - now, TimeSpan.TicksPerSecond));
                return false;
            }

            _trialInFlight = true;
            isTrial = true;
            return true;
        }
    }

    /// <summary>
    /// A request that ended without saying anything about the service (the client gave up): it is not
    /// counted, and if it was the trial, the trial is undecided and the next request becomes the trial.
    /// </summary>
    private void Abandon(bool isTrial)
    {
        if (!isTrial)
        {
            return;
        }

        lock (_lock)
        {
            _trialInFlight = false;
        }
    }

    /// <summary>
    /// Ends a request <see cref="TryEnter(out TimeSpan, out bool)"/> let in: <paramref name="failed"/> is
    /// its outcome, or null when the client gave up (<see cref="Abandon"/>).
    /// </summary>
    public void End(bool? failed, bool isTrial)
    {
        if (failed is { } outcome)
        {
            Record(outcome);
        }
        else
        {
            Abandon(isTrial);
        }
    }

    public void Record(bool failed)
    {
        var now = time.GetUtcNow().UtcTicks;
        lock (_lock)
        {
            if (_trialInFlight)
            {
                _trialInFlight = false;
                _openUntil = failed ? now + breakDuration.Ticks : 0;
                ResetWindow(now);
                return;
            }

            if (now >= _windowEnd)
            {
                ResetWindow(now);
            }

            _total++;
            _failures += failed ? 1 : 0;
            if (_total >= minimumThroughput && _failures >= failureRatio * _total)
            {
                _openUntil = now + breakDuration.Ticks;
                ResetWindow(now);
            }
        }
    }

    private void ResetWindow(long now)
    {
        _windowEnd = now + samplingDuration.Ticks;
        _total = 0;
        _failures = 0;
    }
}
