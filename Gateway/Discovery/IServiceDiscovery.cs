using Microsoft.Extensions.Primitives;

namespace Gateway.Discovery;

/// <summary>
/// The set of live instances of each service the routes name. Implementations keep the set current
/// in the background (a list+watch), so reading it never calls out: it is safe on the request path.
/// </summary>
public interface IServiceDiscovery
{
    /// <summary>
    /// Makes the set of watched services exactly <paramref name="services"/>: starts watching new
    /// ones, stops watching ones no longer named. Called at start and on every route-file reload.
    /// </summary>
    void SetWatchedServices(IReadOnlyCollection<ServiceKey> services);

    /// <summary>The current instances of a service; empty before its first sync or when none is ready.</summary>
    IReadOnlyList<ServiceInstance> GetInstances(ServiceKey service);

    /// <summary>True once every watched service has completed its first list.</summary>
    bool IsSynced { get; }

    /// <summary>A token that fires once when any watched service's instances change.</summary>
    IChangeToken GetChangeToken();
}
