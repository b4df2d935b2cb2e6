using System.Collections.Immutable;
using k8s;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Microsoft.Extensions.Primitives;

namespace Gateway.Discovery;

/// <summary>
/// Service discovery from Kubernetes EndpointSlices: one list+watch per namespace/service, shared by
/// every route naming it. Readers get an immutable snapshot without locks or API calls; writers (the
/// watch loops and <see cref="SetWatchedServices"/>) serialise on a lock and swap the snapshot.
/// </summary>
internal sealed class KubernetesServiceDiscovery : IServiceDiscovery, IHostedService, IAsyncDisposable
{
    private static readonly IReadOnlyList<ServiceInstance> NoInstances = [];

    private readonly IKubernetes _client;
    private readonly KubernetesDiscoveryOptions _options;
    private readonly ILogger<KubernetesServiceDiscovery> _logger;
    private readonly Lock _gate = new();
    private readonly Dictionary<ServiceKey, EndpointSliceWatch> _watches = [];
    private EndpointSliceWatch[] _active = [];
    private ImmutableDictionary<ServiceKey, IReadOnlyList<ServiceInstance>> _instances =
        ImmutableDictionary<ServiceKey, IReadOnlyList<ServiceInstance>>.Empty;
    private CancellationTokenSource _changed = new();
    private bool _started;

    public KubernetesServiceDiscovery(
        IKubernetes client,
        IOptions<KubernetesDiscoveryOptions> options,
        ILogger<KubernetesServiceDiscovery> logger)
    {
        _client = client;
        _options = options.Value;
        _logger = logger;
    }

    public bool IsSynced
    {
        get
        {
            // A service is synced once its first list is published: then its instances are readable too.
            var instances = Volatile.Read(ref _instances);
            foreach (var watch in Volatile.Read(ref _active))
            {
                if (!instances.ContainsKey(watch.Service))
                {
                    return false;
                }
            }

            return true;
        }
    }

    public IReadOnlyList<ServiceInstance> GetInstances(ServiceKey service) =>
        Volatile.Read(ref _instances).TryGetValue(service, out var instances) ? instances : NoInstances;

    public IChangeToken GetChangeToken() => new CancellationChangeToken(Volatile.Read(ref _changed).Token);

    public void SetWatchedServices(IReadOnlyCollection<ServiceKey> services)
    {
        ArgumentNullException.ThrowIfNull(services);
        var wanted = services.ToHashSet();
        List<EndpointSliceWatch> removed;
        lock (_gate)
        {
            removed = _watches.Values.Where(w => !wanted.Contains(w.Service)).ToList();
            foreach (var watch in removed)
            {
                _watches.Remove(watch.Service);
            }

            foreach (var service in wanted.Where(s => !_watches.ContainsKey(s)))
            {
                var watch = CreateWatch(service);
                _watches.Add(service, watch);
                if (_started)
                {
                    watch.Start();
                }
            }

            Volatile.Write(ref _active, [.. _watches.Values]);
            Volatile.Write(ref _instances, _instances.RemoveRange(removed.Select(w => w.Service)));
        }

        // Stopping only cancels; the loops end by themselves and never fault.
        foreach (var watch in removed)
        {
            _ = watch.StopAsync();
        }

        if (removed.Count > 0)
        {
            SignalChange();
        }
    }

    public Task StartAsync(CancellationToken cancellationToken)
    {
        if (_options.PollingInterval is { } pollingInterval)
        {
            DiscoveryLog.PollingIntervalIgnored(_logger, pollingInterval);
        }

        lock (_gate)
        {
            _started = true;
            foreach (var watch in _watches.Values)
            {
                watch.Start();
            }
        }

        // No wait for the first sync: an unreachable API server must not block startup; readiness reports IsSynced.
        return Task.CompletedTask;
    }

    public async Task StopAsync(CancellationToken cancellationToken)
    {
        EndpointSliceWatch[] watches;
        lock (_gate)
        {
            if (!_started)
            {
                return;
            }

            _started = false;
            watches = [.. _watches.Values];

            // Fresh, unstarted watches keep the watched set, so a later StartAsync resumes it.
            foreach (var watch in watches)
            {
                _watches[watch.Service] = CreateWatch(watch.Service);
            }

            Volatile.Write(ref _active, [.. _watches.Values]);
        }

        await Task.WhenAll(watches.Select(w => w.StopAsync())).WaitAsync(cancellationToken).ConfigureAwait(false);
    }

    public async ValueTask DisposeAsync() => await StopAsync(CancellationToken.None).ConfigureAwait(false);

    private EndpointSliceWatch CreateWatch(ServiceKey service) => new(service, _client, _options, Publish, _logger);

    private void Publish(EndpointSliceWatch watch, ImmutableArray<ServiceInstance> instances)
    {
        lock (_gate)
        {
            // A watch removed by SetWatchedServices may still deliver one last event: drop it.
            if (!_watches.TryGetValue(watch.Service, out var current) || !ReferenceEquals(current, watch))
            {
                return;
            }

            if (_instances.TryGetValue(watch.Service, out var previous)
                && ServiceInstanceComparer.SequenceEqual(previous, instances))
            {
                return;
            }

            Volatile.Write(ref _instances, _instances.SetItem(watch.Service, instances));
        }

        DiscoveryLog.EndpointsChanged(_logger, watch.Service, instances.Length);
        SignalChange();
    }

    private void SignalChange()
    {
        // The old source is not disposed: a reader may still be taking its Token, which throws once disposed.
        var previous = Interlocked.Exchange(ref _changed, new CancellationTokenSource());
        try
        {
            previous.Cancel();
        }
        catch (AggregateException e)
        {
            DiscoveryLog.ChangeCallbackFailed(_logger, e);
        }
    }
}
