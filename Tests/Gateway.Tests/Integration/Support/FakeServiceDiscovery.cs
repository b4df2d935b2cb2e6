using System.Collections.Concurrent;
using Gateway.Discovery;
using Microsoft.Extensions.Primitives;

namespace Gateway.Tests.Integration.Support;

/// <summary>Discovery test double: instances are set by the test; a change fires the token like a watch event.</summary>
internal sealed class FakeServiceDiscovery : IServiceDiscovery
{
    private readonly ConcurrentDictionary<string, IReadOnlyList<ServiceInstance>> _instances = new(StringComparer.Ordinal);
    private CancellationTokenSource _changed = new();

    public IReadOnlyCollection<ServiceKey> Watched { get; private set; } = [];

    public bool IsSynced { get; set; } = true;

    public void Set(string service, params TestBackend[] backends)
    {
        _instances[service] = backends
            .Select(b => new ServiceInstance("127.0.0.1", [new KeyValuePair<string, int>("http", b.Port)]))
            .ToArray();
        Interlocked.Exchange(ref _changed, new CancellationTokenSource()).Cancel();
    }

    public void SetWatchedServices(IReadOnlyCollection<ServiceKey> services) => Watched = services;

    public IReadOnlyList<ServiceInstance> GetInstances(ServiceKey service) =>
        _instances.TryGetValue(service.Name, out var instances) ? instances : [];

    public IChangeToken GetChangeToken() => new CancellationChangeToken(_changed.Token);
}
