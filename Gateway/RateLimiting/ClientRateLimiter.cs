using System.Threading.RateLimiting;

namespace Gateway.RateLimiting;

/// <summary>
/// One <see cref="PartitionedRateLimiter{TResource}"/> partitioned by route rule and client; it
/// creates a window per partition on first use and drops idle ones, so memory follows live clients.
/// </summary>
internal sealed class ClientRateLimiter(TimeProvider time) : IDisposable
{
    public PartitionedRateLimiter<RateLimitKey> Limiter { get; } = PartitionedRateLimiter.Create<RateLimitKey, RateLimitKey>(
        key => RateLimitPartition.Get(key, k => new ClientWindowLimiter(k.Rule, time)));

    public void Dispose() => Limiter.Dispose();
}
