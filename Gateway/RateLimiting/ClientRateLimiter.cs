using System.Threading.RateLimiting;

namespace Gateway.RateLimiting;

/// <summary>
/// One <see cref="PartitionedRateLimiter{TResource}"/> partitioned by route rule and client; it
/// creates a window per partition on first use and drops idle ones, so memory follows live clients.
/// Each rule admits at most <see cref="RateLimitRule.Partitions"/>' capacity of client windows; clients
/// beyond it share one overflow window per rule and kind (client ids, addresses), so memory stays bounded.
/// </summary>
internal sealed class ClientRateLimiter : IDisposable
{
    private static readonly object OverflowClientIds = new();
    private static readonly object OverflowAddresses = new();
    private readonly TimeProvider _time;

    public ClientRateLimiter(TimeProvider time)
    {
        _time = time;
        // One factory delegate for the limiter's lifetime: no closure allocated per request.
        Func<RateLimitKey, RateLimiter> factory = Create;
        Limiter = PartitionedRateLimiter.Create<RateLimitKey, RateLimitKey>(key => RateLimitPartition.Get(Admit(key), factory));
    }

    public PartitionedRateLimiter<RateLimitKey> Limiter { get; }

    public void Dispose() => Limiter.Dispose();

    private static RateLimitKey Admit(RateLimitKey key) =>
        key.Rule.Partitions.Admits(key.Client)
            ? key
            : key with { Client = key.Client is string ? OverflowClientIds : OverflowAddresses };

    private ClientWindowLimiter Create(RateLimitKey key)
    {
        if (ReferenceEquals(key.Client, OverflowClientIds) || ReferenceEquals(key.Client, OverflowAddresses))
        {
            return new ClientWindowLimiter(key.Rule, _time);
        }

        var window = new ClientWindowLimiter(key.Rule, _time, key.Client);
        key.Rule.Partitions.Enter(key.Client, window);
        return window;
    }
}
