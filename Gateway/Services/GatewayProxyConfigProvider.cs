using Gateway.Discovery;
using Gateway.Configuration;
using Gateway.Routing;
using Microsoft.Extensions.Options;
using Microsoft.Extensions.Primitives;
using Yarp.ReverseProxy.Configuration;

namespace Gateway.Services;

/// <summary>
/// Feeds YARP from the route table and discovery. A new route table or a change of instances
/// produces a new snapshot; YARP diffs it, so unchanged clusters keep their health state.
/// </summary>
internal sealed class GatewayProxyConfigProvider : IProxyConfigProvider, IDisposable
{
    private readonly RouteConfigStore _store;
    private readonly IServiceDiscovery _discovery;
    private readonly TimeSpan _reactivation;
    private readonly Lock _lock = new();
    private readonly IDisposable _storeSubscription;
    private readonly IDisposable _discoverySubscription;
    private Snapshot _snapshot;

    public GatewayProxyConfigProvider(RouteConfigStore store, IServiceDiscovery discovery, IOptions<GatewayOptions> options)
    {
        _store = store;
        _discovery = discovery;
        _reactivation = options.Value.PassiveHealthReactivationPeriod;
        var table = store.Current;
        discovery.SetWatchedServices(table.Services);
        _snapshot = Build(table);
        _storeSubscription = ChangeToken.OnChange(store.GetChangeToken, OnRoutesChanged);
        _discoverySubscription = ChangeToken.OnChange(discovery.GetChangeToken, Rebuild);
    }

    /// <summary>The table the current YARP snapshot was built from; endpoint conventions read routes from it.</summary>
    public RouteTable Table => Volatile.Read(ref _snapshot).Table;

    public IProxyConfig GetConfig() => Volatile.Read(ref _snapshot);

    public void Dispose()
    {
        _storeSubscription.Dispose();
        _discoverySubscription.Dispose();
    }

    private void OnRoutesChanged()
    {
        _discovery.SetWatchedServices(_store.Current.Services);
        Rebuild();
    }

    private void Rebuild()
    {
        lock (_lock)
        {
            var next = Build(_store.Current);
            var previous = Interlocked.Exchange(ref _snapshot, next);
            previous.SignalChange();
        }
    }

    private Snapshot Build(RouteTable table) =>
        new(table, ProxyConfigFactory.Routes(table), ProxyConfigFactory.Clusters(table, _discovery, _reactivation));

    // Its token source is never disposed: YARP may still register on the token after the swap.
#pragma warning disable CA1001
    private sealed class Snapshot(RouteTable table, IReadOnlyList<RouteConfig> routes, IReadOnlyList<ClusterConfig> clusters) : IProxyConfig
#pragma warning restore CA1001
    {
        private readonly CancellationTokenSource _changed = new();

        public RouteTable Table { get; } = table;

        public IReadOnlyList<RouteConfig> Routes { get; } = routes;

        public IReadOnlyList<ClusterConfig> Clusters { get; } = clusters;

        public IChangeToken ChangeToken => new CancellationChangeToken(_changed.Token);

        public void SignalChange() => _changed.Cancel();
    }
}
