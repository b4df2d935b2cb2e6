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

    /// <summary>
    /// Counts one request against <paramref name="rule"/>: per client IP, and also per client id when
    /// the header is sent (why: <see cref="RateLimitMiddleware"/>). False when a window rejects it;
    /// <paramref name="lease"/> is then the rejecting window, else the tighter of the two, or null
    /// when the request is not limited (whitelisted client id, or no address and no id).
    /// </summary>
    public bool TryAcquire(HttpContext context, RateLimitRule rule, out WindowLease? lease)
    {
        lease = null;
        var header = context.Request.Headers[rule.ClientIdHeader];
        var clientId = header.Count > 0 && !string.IsNullOrEmpty(header[0]) ? header[0] : null;
        var address = context.Connection.RemoteIpAddress;
        if (clientId is not null && rule.Whitelist.Contains(clientId))
        {
            return true;
        }

        // The address first: a request it rejects creates no client id window.
        var byAddress = address is null ? null : Acquire(rule, address);
        if (byAddress is { IsAcquired: false })
        {
            lease = byAddress;
            return false;
        }

        var byClient = clientId is null ? null : Acquire(rule, clientId);
        lease = byClient is null || (byAddress is not null && byAddress.Remaining < byClient.Remaining) ? byAddress : byClient;
        return byClient is not { IsAcquired: false };
    }

    private WindowLease Acquire(RateLimitRule rule, object client) =>
        (WindowLease)Limiter.AttemptAcquire(new RateLimitKey(rule, client));

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
