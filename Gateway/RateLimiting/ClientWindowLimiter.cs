using System.Threading.RateLimiting;

namespace Gateway.RateLimiting;

/// <summary>
/// Ocelot's fixed window for one client of one route: the window opens at the client's first
/// request; past the limit the client is blocked until the window ends, or for <c>Wait</c> when set.
/// Plugged into <see cref="PartitionedRateLimiter"/>, which owns partition lifetime and cleanup; a
/// window with a <paramref name="client"/> gives its place in the rule's <see cref="PartitionBudget"/>
/// back when that cleanup disposes it.
/// </summary>
internal sealed class ClientWindowLimiter(RateLimitRule rule, TimeProvider time, object? client = null) : RateLimiter
{
    private readonly Lock _lock = new();
    private long _windowEnd;
    private long _blockedUntil;
    private int _count;

    public override TimeSpan? IdleDuration
    {
        get
        {
            var now = time.GetUtcNow().UtcTicks;
            var busyUntil = Math.Max(Volatile.Read(ref _windowEnd), Volatile.Read(ref _blockedUntil));
            return now > busyUntil ? TimeSpan.FromTicks(now - busyUntil) : null;
        }
    }

    public override RateLimiterStatistics? GetStatistics() => null;

    protected override RateLimitLease AttemptAcquireCore(int permitCount)
    {
        var now = time.GetUtcNow().UtcTicks;
        lock (_lock)
        {
            if (now < _blockedUntil)
            {
                return WindowLease.Rejected(TimeSpan.FromTicks(_blockedUntil - now));
            }

            if (now >= _windowEnd)
            {
                _windowEnd = now + rule.Period.Ticks;
                _count = 0;
            }

            if (_count + permitCount <= rule.Limit)
            {
                _count += permitCount;
                return WindowLease.Acquired(rule.Limit - _count, TimeSpan.FromTicks(_windowEnd - now));
            }

            _blockedUntil = rule.Wait > TimeSpan.Zero ? now + rule.Wait.Ticks : _windowEnd;
            return WindowLease.Rejected(TimeSpan.FromTicks(_blockedUntil - now));
        }
    }

    protected override void Dispose(bool disposing)
    {
        if (disposing && client is not null)
        {
            rule.Partitions.Leave(client, this);
        }

        base.Dispose(disposing);
    }

    protected override ValueTask<RateLimitLease> AcquireAsyncCore(int permitCount, CancellationToken cancellationToken) =>
        ValueTask.FromResult(AttemptAcquireCore(permitCount));
}
