using System.Net;
using k8s;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace Gateway.Tests.Fakes.KubernetesApi;

/// <summary>
/// A fake Kubernetes API server on 127.0.0.1 serving <c>discovery.k8s.io/v1</c> EndpointSlice list and
/// watch with the real wire format (KubernetesClient's models and serializer), for any suite that
/// needs discovery without a cluster. Tests drive it: change endpoints (open watches get the events),
/// expire watches with 410 Gone, stop and restart it on the same port, count calls.
/// </summary>
public sealed class FakeKubernetesApiServer : IAsyncDisposable
{
    private readonly FakeEndpointSliceStore _store = new();
    private readonly FakeKubernetesApiHandlers _handlers;
    private WebApplication? _app;
    private int _port;

    public FakeKubernetesApiServer() => _handlers = new FakeKubernetesApiHandlers(_store);

    /// <summary>The base URL (<c>http://127.0.0.1:port</c>); fixed from the first start on, restarts keep it.</summary>
    public Uri Url => _port == 0
        ? throw new InvalidOperationException("Start the fake API server first.")
        : new Uri($"http://127.0.0.1:{_port}");

    /// <summary>List calls received since creation.</summary>
    public int ListCount => _handlers.ListCount;

    /// <summary>Watch calls received since creation (each reconnect counts).</summary>
    public int WatchCount => _handlers.WatchCount;

    /// <summary>Watch connections open now.</summary>
    public int OpenWatchCount => _store.OpenWatchCount;

    /// <summary>Watch connections open now for one service.</summary>
    public int OpenWatchCountFor(string ns, string service) => _store.OpenWatchCountFor(ns, service);

    /// <summary>
    /// When true, a watch from a resourceVersion older than the history is refused with HTTP 410;
    /// when false (default), it gets a 200 with one ERROR 410 event, as current API servers do.
    /// </summary>
    public bool ExpiredWatchAsHttp410
    {
        get => _handlers.ExpiredWatchAsHttp410;
        set => _handlers.ExpiredWatchAsHttp410 = value;
    }

    /// <summary>A client for this server, configured as the gateway would be with an explicit host.</summary>
    public IKubernetes CreateClient() => new Kubernetes(new KubernetesClientConfiguration { Host = Url.ToString() });

    /// <summary>Starts listening: on a free port the first time, on the same port after a stop.</summary>
    public async Task StartAsync()
    {
        if (_app is not null)
        {
            return;
        }

        var builder = WebApplication.CreateSlimBuilder();
        builder.Logging.ClearProviders();
        builder.Services.Configure<HostOptions>(o => o.ShutdownTimeout = TimeSpan.FromSeconds(2));
        builder.WebHost.ConfigureKestrel(k => k.Listen(IPAddress.Loopback, _port));
        var app = builder.Build();
        app.MapGet("/apis/discovery.k8s.io/v1/namespaces/{ns}/endpointslices", (HttpContext context, string ns) =>
            _handlers.HandleEndpointSlicesAsync(context, ns));
        await app.StartAsync().ConfigureAwait(false);
        _port = new Uri(app.Urls.First()).Port;
        _app = app;
    }

    /// <summary>Goes away like a crashed API server: open watches are reset, new connections refused. State is kept.</summary>
    public async Task StopAsync()
    {
        var app = Interlocked.Exchange(ref _app, null);
        if (app is null)
        {
            return;
        }

        _store.AbortWatches();
        await app.StopAsync().ConfigureAwait(false);
        await app.DisposeAsync().ConfigureAwait(false);
    }

    /// <summary>Stops then starts again on the same port.</summary>
    public async Task RestartAsync()
    {
        await StopAsync().ConfigureAwait(false);
        await StartAsync().ConfigureAwait(false);
    }

    /// <summary>Makes <paramref name="service"/> have exactly <paramref name="endpoints"/> in one slice with the port <c>http</c> 8080.</summary>
    public void SetEndpoints(string ns, string service, params EndpointSpec[] endpoints) =>
        SetSlice(ns, service, $"{service}-fake", [EndpointPortSpec.DefaultHttp], endpoints);

    /// <summary>Creates or replaces one EndpointSlice of <paramref name="service"/> (services may have several).</summary>
    public void SetSlice(string ns, string service, string sliceName, IReadOnlyList<EndpointPortSpec> ports, params EndpointSpec[] endpoints) =>
        _store.Upsert(ns, FakeSlices.Build(service, sliceName, ports, endpoints));

    /// <summary>Deletes one EndpointSlice; false when there was none.</summary>
    public bool DeleteSlice(string ns, string sliceName) => _store.Delete(ns, sliceName);

    /// <summary>Marks an endpoint not ready (failing its readiness probe) in every slice of the service.</summary>
    public void MarkNotReady(string ns, string service, string address) =>
        ReplaceEndpoint(ns, service, address, EndpointSpec.NotReadyAt(address));

    /// <summary>Marks an endpoint terminating (its pod is shutting down).</summary>
    public void MarkTerminating(string ns, string service, string address, bool serving = true) =>
        ReplaceEndpoint(ns, service, address, EndpointSpec.TerminatingAt(address, serving));

    /// <summary>Removes an endpoint from every slice of the service.</summary>
    public void RemoveEndpoint(string ns, string service, string address) =>
        _store.Modify(ns, service, slice =>
            slice.Endpoints.FirstOrDefault(e => e.Addresses.Contains(address)) is { } endpoint && slice.Endpoints.Remove(endpoint));

    /// <summary>Sends 410 Gone (reason Expired) to every open watch and closes it; the history is forgotten.</summary>
    public void SendGone() => _store.SendGone();

    /// <summary>Forgets the event history: a watch resuming from an older resourceVersion gets 410 Gone.</summary>
    public void CompactHistory() => _store.CompactHistory();

    /// <summary>Sends a BOOKMARK with the current resourceVersion to every open watch.</summary>
    public void SendBookmark() => _store.SendBookmark();

    public async ValueTask DisposeAsync() => await StopAsync().ConfigureAwait(false);

    private void ReplaceEndpoint(string ns, string service, string address, EndpointSpec replacement) =>
        _store.Modify(ns, service, slice =>
        {
            var index = slice.Endpoints.ToList().FindIndex(e => e.Addresses.Contains(address));
            if (index < 0)
            {
                return false;
            }

            slice.Endpoints[index] = FakeSlices.ToEndpoint(replacement);
            return true;
        });
}
