using Gateway.Configuration.File;
using Gateway.Discovery;

namespace Gateway.Routing;

/// <summary>One loaded, valid route file: compiled routes and the clusters they use. Immutable.</summary>
internal sealed class RouteTable
{
    public RouteTable(long generation, IReadOnlyList<GatewayRoute> routes, IReadOnlyDictionary<string, ClusterSpec> clusters,
        string requestIdKey, FileConfiguration file)
    {
        Generation = generation;
        Routes = routes;
        Clusters = clusters;
        RequestIdKey = requestIdKey;
        File = file;
        RoutesById = routes.ToDictionary(r => r.Id, StringComparer.Ordinal);
        Services = clusters.Values.Where(c => c.Service is not null).Select(c => c.Service!).Distinct().ToArray();
    }

    public static RouteTable Empty { get; } = new(0, [], new Dictionary<string, ClusterSpec>(), RouteTableBuilder.DefaultRequestIdKey, new FileConfiguration());

    /// <summary>Increments on every load, so YARP sees every reload as a change of every route.</summary>
    public long Generation { get; }

    /// <summary>Routes in Ocelot's selection order.</summary>
    public IReadOnlyList<GatewayRoute> Routes { get; }

    public IReadOnlyDictionary<string, GatewayRoute> RoutesById { get; }

    public IReadOnlyDictionary<string, ClusterSpec> Clusters { get; }

    /// <summary>The services discovery must watch for this table.</summary>
    public IReadOnlyCollection<ServiceKey> Services { get; }

    /// <summary>The global correlation header (<c>GlobalConfiguration.RequestIdKey</c>).</summary>
    public string RequestIdKey { get; }

    public FileConfiguration File { get; }
}
