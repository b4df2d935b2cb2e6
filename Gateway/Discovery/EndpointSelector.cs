using System.Collections.Immutable;
using k8s.Models;

namespace Gateway.Discovery;

/// <summary>
/// Turns the EndpointSlices of one Service into routable instances the way kube-proxy does, so the
/// gateway sends traffic exactly where a ClusterIP would.
/// </summary>
internal static class EndpointSelector
{
    /// <summary>
    /// Endpoints whose <c>ready</c> condition is true or absent; only when none is ready, those that
    /// are both <c>serving</c> and <c>terminating</c> (kube-proxy's fallback, so a rollout where every
    /// pod is terminating still serves). An address listed again with the same ports (a pod in two
    /// slices while the controller moves it) is one instance; with other ports it is another, as
    /// kube-proxy keys endpoints on address and port. Ordering is by slice name then position, so
    /// equal inputs give equal outputs.
    /// </summary>
    public static ImmutableArray<ServiceInstance> Select(IEnumerable<V1EndpointSlice> slices)
    {
        var ordered = slices
            .Where(s => s.Endpoints is { Count: > 0 })
            .OrderBy(s => s.Metadata?.Name, StringComparer.Ordinal)
            .ToList();

        var ready = Collect(ordered, IsReady);
        return ready.Length > 0 ? ready : Collect(ordered, IsServingTerminating);
    }

    internal static bool IsReady(V1Endpoint endpoint) => endpoint.Conditions?.Ready ?? true;

    internal static bool IsServingTerminating(V1Endpoint endpoint) =>
        endpoint.Conditions is { Serving: true, Terminating: true };

    private static ImmutableArray<ServiceInstance> Collect(List<V1EndpointSlice> slices, Func<V1Endpoint, bool> include)
    {
        var seen = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        var result = ImmutableArray.CreateBuilder<ServiceInstance>();
        foreach (var slice in slices)
        {
            // Boxed once per slice: every instance of the slice shares the list.
            var slicePorts = SlicePorts(slice);
            IReadOnlyList<KeyValuePair<string, int>> ports = slicePorts;
            var portsKey = string.Join(',', slicePorts.Select(p => $"{p.Key}={p.Value}"));
            foreach (var endpoint in slice.Endpoints)
            {
                // kube-proxy routes to the first address only: the others are fungible aliases.
                var address = endpoint.Addresses?.FirstOrDefault();
                if (!string.IsNullOrEmpty(address) && include(endpoint) && seen.Add($"{address} {portsKey}"))
                {
                    result.Add(new ServiceInstance(address, ports));
                }
            }
        }

        return result.ToImmutable();
    }

    private static ImmutableArray<KeyValuePair<string, int>> SlicePorts(V1EndpointSlice slice)
    {
        if (slice.Ports is null)
        {
            return [];
        }

        // The gateway speaks HTTP: UDP/SCTP ports and "all ports" entries (no number) cannot be proxied to.
        return slice.Ports
            .Where(p => p.Port is not null && (p.Protocol is null || string.Equals(p.Protocol, "TCP", StringComparison.OrdinalIgnoreCase)))
            .Select(p => new KeyValuePair<string, int>(p.Name ?? string.Empty, p.Port!.Value))
            .ToImmutableArray();
    }
}
