using System.Collections.Concurrent;

namespace Gateway.RateLimiting;

/// <summary>
/// Caps the client windows one rule keeps alive. Callers choose their client id freely and IPv6 gives
/// them many addresses, and a window lives until it has been idle for a while, so without a cap a flood
/// of new clients grows memory without bound. Past the cap, new clients share the rule's overflow
/// window (<see cref="ClientRateLimiter"/>): memory stays bounded and the flood is still limited.
/// A window enters when the partitioned limiter creates it and leaves when the limiter disposes it.
/// </summary>
internal sealed class PartitionBudget(int capacity)
{
    private readonly ConcurrentDictionary<object, ClientWindowLimiter> _live = new();
    private int _count;

    /// <summary>How many clients have their own window.</summary>
    public int Count => Volatile.Read(ref _count);

    /// <summary>Whether <paramref name="client"/> may use its own window: it has one, or there is room.</summary>
    public bool Admits(object client) => Volatile.Read(ref _count) < capacity || _live.ContainsKey(client);

    public void Enter(object client, ClientWindowLimiter window)
    {
        if (_live.TryAdd(client, window))
        {
            Interlocked.Increment(ref _count);
            return;
        }

        // The client's previous window was evicted and is not disposed yet: its Leave must not remove this one.
        _live[client] = window;
    }

    public void Leave(object client, ClientWindowLimiter window)
    {
        if (_live.TryRemove(new KeyValuePair<object, ClientWindowLimiter>(client, window)))
        {
            Interlocked.Decrement(ref _count);
        }
    }
}
