using System.Net;
using Gateway.Discovery;
using Gateway.Logging;
using Microsoft.Extensions.Primitives;

namespace Gateway.Services;

/// <summary>
/// Ours: <c>ServiceDiscoveryProvider.Type: "Static"</c>, a registry in the route file
/// (<c>Services: { "userservice": [ { "Host": "localhost", "Port": 5101 } ] }</c>) so one route file
/// that routes by <c>ServiceName</c> works outside Kubernetes too. A host name resolving to several
/// addresses (docker compose replicas) gives one instance per address, re-resolved every
/// <c>PollingInterval</c> ms (default 10 s).
/// </summary>
internal sealed class StaticServiceDiscovery : IServiceDiscovery, IHostedService, IDisposable
{
    private readonly RouteConfigStore _store;
    private readonly StaticHostResolver _resolver;
    private readonly ILogger<StaticServiceDiscovery> _logger;
    private readonly CancellationTokenSource _stopping = new();
    private readonly Lock _lock = new();
    private Dictionary<string, ServiceInstance[]> _instances = new(StringComparer.OrdinalIgnoreCase);
    private CancellationTokenSource _changed = new();
    private IDisposable? _storeSubscription;
    private Task? _loop;

    public StaticServiceDiscovery(RouteConfigStore store, StaticHostResolver resolver, ILogger<StaticServiceDiscovery> logger)
    {
        _store = store;
        _resolver = resolver;
        _logger = logger;
        Refresh(CancellationToken.None).GetAwaiter().GetResult();
    }

    public bool IsSynced => true;

    public void SetWatchedServices(IReadOnlyCollection<ServiceKey> services)
    {
        // The registry is small and resolved whole; which services routes name does not matter.
    }

    public IReadOnlyList<ServiceInstance> GetInstances(ServiceKey service) =>
        Volatile.Read(ref _instances).TryGetValue(service.Name, out var instances) ? instances : [];

    public IChangeToken GetChangeToken() => new CancellationChangeToken(Volatile.Read(ref _changed).Token);

    public Task StartAsync(CancellationToken cancellationToken)
    {
        _storeSubscription = ChangeToken.OnChange(_store.GetChangeToken, () => _ = Refresh(_stopping.Token));
        _loop = PollAsync(_stopping.Token);
        return Task.CompletedTask;
    }

    public async Task StopAsync(CancellationToken cancellationToken)
    {
        _stopping.Cancel();
        if (_loop is not null)
        {
            await _loop.WaitAsync(cancellationToken).ConfigureAwait(ConfigureAwaitOptions.SuppressThrowing);
        }
    }

    // Cancels rather than disposes the token source (like BackgroundService): the host may still
    // call StopAsync after disposal when two shutdowns race (RunAsync and an explicit StopAsync).
    public void Dispose()
    {
        _storeSubscription?.Dispose();
        _stopping.Cancel();
    }

    private async Task PollAsync(CancellationToken stopping)
    {
        while (!stopping.IsCancellationRequested)
        {
            var interval = _store.Current.File.GlobalConfiguration.ServiceDiscoveryProvider.PollingInterval is > 0 and var ms
                ? TimeSpan.FromMilliseconds(ms)
                : TimeSpan.FromSeconds(10);
            await Task.Delay(interval, stopping).ConfigureAwait(ConfigureAwaitOptions.SuppressThrowing);
            await Refresh(stopping);
        }
    }

    private async Task Refresh(CancellationToken cancellationToken)
    {
        var registry = _store.Current.File.GlobalConfiguration.ServiceDiscoveryProvider.Services;
        var resolved = new Dictionary<string, ServiceInstance[]>(StringComparer.OrdinalIgnoreCase);
        foreach (var (service, hosts) in registry)
        {
            var previous = GetInstances(new ServiceKey(string.Empty, service));
            resolved[service] = await _resolver.ResolveAsync(service, hosts, previous, cancellationToken);
        }

        lock (_lock)
        {
            if (SameAs(resolved, _instances))
            {
                return;
            }

            foreach (var (service, instances) in resolved)
            {
                GatewayLog.StaticInstancesChanged(_logger, service, instances.Length);
            }

            Volatile.Write(ref _instances, resolved);
            Interlocked.Exchange(ref _changed, new CancellationTokenSource()).Cancel();
        }
    }

    private static bool SameAs(Dictionary<string, ServiceInstance[]> a, Dictionary<string, ServiceInstance[]> b) =>
        a.Count == b.Count && a.All(entry => b.TryGetValue(entry.Key, out var other) && entry.Value.SequenceEqual(other, InstanceComparer.Instance));

    private sealed class InstanceComparer : IEqualityComparer<ServiceInstance>
    {
        public static readonly InstanceComparer Instance = new();

        public bool Equals(ServiceInstance? x, ServiceInstance? y) =>
            x is not null && y is not null && x.Address == y.Address && x.Ports.SequenceEqual(y.Ports);

        public int GetHashCode(ServiceInstance obj) => obj.Address.GetHashCode(StringComparison.Ordinal);
    }
}
