using Gateway.Discovery;

namespace Gateway.Routing;

/// <summary>
/// Everything that makes a YARP cluster. Routes with equal specs share one cluster, so passive
/// health and balancing state are shared by every route to the same instances.
/// </summary>
internal sealed record ClusterSpec(
    ServiceKey? Service,
    string StaticHosts,
    string Scheme,
    string LoadBalancer,
    string? StickyCookie,
    TimeSpan StickyExpiry,
    string HttpVersion,
    string? VersionPolicy,
    int? MaxConnectionsPerServer,
    bool AcceptAnyServerCertificate,
    TimeSpan Timeout)
{
    /// <summary>A stable, readable id: the same file gives the same ids across reloads.</summary>
    public string CreateId()
    {
        var name = Service?.Name ?? StaticHosts.Split(',')[0].Replace(':', '-');
        return $"{name}-{StableHash(ToString()):x8}";
    }

    // string.GetHashCode is randomised per process; FNV-1a gives the same id in every process.
    private static uint StableHash(string text)
    {
        var hash = 2166136261u;
        foreach (var c in text)
        {
            hash = (hash ^ c) * 16777619u;
        }

        return hash;
    }
}
