using System.Collections.Concurrent;
using Gateway.Discovery;
using Gateway.Tests.Fakes.KubernetesApi;
using k8s;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Microsoft.Extensions.Primitives;

namespace Gateway.Tests.Discovery;

/// <summary>The discovery against a fake API server over real sockets: list, watch, 410, outages.</summary>
public sealed class KubernetesServiceDiscoveryTests
{
    private const string Ns = "microservices";
    private static readonly ServiceKey Users = new(Ns, "userservice");
    private static readonly ServiceKey Posts = new(Ns, "postservice");

    // DiscoveryLog.ApiServerUnreachable: one entry per failed reconnect.
    private const int ApiServerUnreachableEventId = 3004;

    private FakeKubernetesApiServer _api = null!;
    private IKubernetes _client = null!;
    private KubernetesServiceDiscovery _discovery = null!;
    private RecordingLogger<KubernetesServiceDiscovery> _log = null!;

    [SetUp]
    public async Task SetUp()
    {
        _api = new FakeKubernetesApiServer();
        await _api.StartAsync();
        _client = _api.CreateClient();
        _log = new RecordingLogger<KubernetesServiceDiscovery>();
        _discovery = CreateDiscovery(_client, _log);
    }

    [TearDown]
    public async Task TearDown()
    {
        await _discovery.DisposeAsync();
        _client.Dispose();
        await _api.DisposeAsync();
    }

    [Test]
    public async Task GetInstances_AfterFirstSync_ReturnsListedEndpoints()
    {
        _api.SetEndpoints(Ns, "userservice", new EndpointSpec("10.0.0.1"), new EndpointSpec("10.0.0.2"));

        await StartWatchingAsync(Users);

        var instances = _discovery.GetInstances(Users);
        Assert.That(instances.Select(i => i.Address), Is.EqualTo(new[] { "10.0.0.1", "10.0.0.2" }));
        Assert.That(instances.Select(i => i.SelectPort("http")), Has.All.EqualTo(8080));
    }

    [Test]
    public async Task IsSynced_BeforeFirstList_IsFalseUntilTheListSucceeds()
    {
        _api.SetEndpoints(Ns, "userservice", new EndpointSpec("10.0.0.1"));
        await _api.StopAsync();
        _discovery.SetWatchedServices([Users]);
        await _discovery.StartAsync(CancellationToken.None);

        var syncedWhileDown = _discovery.IsSynced;
        var instancesWhileDown = _discovery.GetInstances(Users);
        await _api.RestartAsync();

        Assert.That(syncedWhileDown, Is.False);
        Assert.That(instancesWhileDown, Is.Empty);
        Assert.That(await Poll.UntilAsync(() => _discovery.IsSynced), Is.True);
        Assert.That(Addresses(Users), Is.EqualTo(new[] { "10.0.0.1" }));
    }

    [Test]
    public async Task IsSynced_NoWatchedServices_IsTrue()
    {
        _discovery.SetWatchedServices([]);

        await _discovery.StartAsync(CancellationToken.None);

        Assert.That(_discovery.IsSynced, Is.True);
    }

    [Test]
    public async Task GetInstances_EndpointAdded_BecomesVisible()
    {
        _api.SetEndpoints(Ns, "userservice", new EndpointSpec("10.0.0.1"));
        await StartWatchingAsync(Users);

        _api.SetEndpoints(Ns, "userservice", new EndpointSpec("10.0.0.1"), new EndpointSpec("10.0.0.2"));

        Assert.That(await Poll.UntilAsync(() => Addresses(Users).SequenceEqual(["10.0.0.1", "10.0.0.2"])), Is.True);
    }

    [Test]
    public async Task GetInstances_EndpointMarkedNotReady_Disappears()
    {
        _api.SetEndpoints(Ns, "userservice", new EndpointSpec("10.0.0.1"), new EndpointSpec("10.0.0.2"));
        await StartWatchingAsync(Users);

        _api.MarkNotReady(Ns, "userservice", "10.0.0.1");

        Assert.That(await Poll.UntilAsync(() => Addresses(Users).SequenceEqual(["10.0.0.2"])), Is.True);
    }

    [Test]
    public async Task GetInstances_EndpointRemoved_Disappears()
    {
        _api.SetEndpoints(Ns, "userservice", new EndpointSpec("10.0.0.1"), new EndpointSpec("10.0.0.2"));
        await StartWatchingAsync(Users);

        _api.RemoveEndpoint(Ns, "userservice", "10.0.0.2");

        Assert.That(await Poll.UntilAsync(() => Addresses(Users).SequenceEqual(["10.0.0.1"])), Is.True);
    }

    [Test]
    public async Task GetInstances_SliceDeleted_ItsEndpointsDisappear()
    {
        _api.SetSlice(Ns, "userservice", "userservice-a", [EndpointPortSpec.DefaultHttp], new EndpointSpec("10.0.0.1"));
        _api.SetSlice(Ns, "userservice", "userservice-b", [EndpointPortSpec.DefaultHttp], new EndpointSpec("10.0.0.2"));
        await StartWatchingAsync(Users);

        _api.DeleteSlice(Ns, "userservice-a");

        Assert.That(await Poll.UntilAsync(() => Addresses(Users).SequenceEqual(["10.0.0.2"])), Is.True);
    }

    [Test]
    public async Task GetInstances_AllPodsTerminating_UsesServingTerminatingOnesUntilOneIsReady()
    {
        _api.SetEndpoints(Ns, "userservice", EndpointSpec.TerminatingAt("10.0.0.1"), EndpointSpec.TerminatingAt("10.0.0.2", serving: false));
        await StartWatchingAsync(Users);
        var duringRollout = Addresses(Users).ToList();

        _api.SetEndpoints(Ns, "userservice", EndpointSpec.TerminatingAt("10.0.0.1"), new EndpointSpec("10.0.0.3"));

        Assert.That(duringRollout, Is.EqualTo(new[] { "10.0.0.1" }));
        Assert.That(await Poll.UntilAsync(() => Addresses(Users).SequenceEqual(["10.0.0.3"])), Is.True);
    }

    [Test]
    public async Task SelectPort_SliceWithSeveralPorts_PicksByNameElseFirst()
    {
        _api.SetSlice(Ns, "userservice", "userservice-x", [new EndpointPortSpec("metrics", 9090), new EndpointPortSpec("http", 8080)], new EndpointSpec("10.0.0.1"));

        await StartWatchingAsync(Users);

        var instance = _discovery.GetInstances(Users).Single();
        Assert.That(instance.SelectPort("http"), Is.EqualTo(8080));
        Assert.That(instance.SelectPort("https"), Is.EqualTo(9090));
    }

    [Test]
    public async Task Watch_GoneError_ReListsAndKeepsStateCorrect()
    {
        _api.SetEndpoints(Ns, "userservice", new EndpointSpec("10.0.0.1"));
        await StartWatchingAsync(Users);
        var listsBefore = _api.ListCount;

        _api.SendGone();
        _api.SetEndpoints(Ns, "userservice", new EndpointSpec("10.0.0.1"), new EndpointSpec("10.0.0.2"));

        Assert.That(await Poll.UntilAsync(() => _api.ListCount > listsBefore), Is.True, "no re-list after 410 Gone");
        Assert.That(await Poll.UntilAsync(() => Addresses(Users).SequenceEqual(["10.0.0.1", "10.0.0.2"])), Is.True);
        Assert.That(await Poll.UntilAsync(() => _api.OpenWatchCountFor(Ns, "userservice") == 1), Is.True, "no watch after re-list");
    }

    [Test]
    public async Task ApiServerDown_KeepsLastKnownEndpoints_AndCatchesUpByReWatching()
    {
        _api.SetEndpoints(Ns, "userservice", new EndpointSpec("10.0.0.1"));
        await StartWatchingAsync(Users);
        var listsBefore = _api.ListCount;

        await _api.StopAsync();
        _api.SetEndpoints(Ns, "userservice", new EndpointSpec("10.0.0.1"), new EndpointSpec("10.0.0.2"));
        Assert.That(await Poll.UntilAsync(() => _log.CountOf(ApiServerUnreachableEventId) >= 2), Is.True,
            $"no repeated failed reconnects logged: {string.Join("; ", _log.Entries.Select(e => e.Message))}");
        var whileDown = Addresses(Users).ToList();
        await _api.RestartAsync();

        Assert.That(whileDown, Is.EqualTo(new[] { "10.0.0.1" }));
        Assert.That(await Poll.UntilAsync(() => Addresses(Users).SequenceEqual(["10.0.0.1", "10.0.0.2"])), Is.True);
        Assert.That(_api.ListCount, Is.EqualTo(listsBefore), "resumed from the last resourceVersion, no re-list needed");
        Assert.That(_discovery.IsSynced, Is.True);
    }

    [Test]
    public async Task ApiServerDown_HistoryExpiredMeanwhile_ReListsOnReturn()
    {
        _api.SetEndpoints(Ns, "userservice", new EndpointSpec("10.0.0.1"));
        await StartWatchingAsync(Users);
        var listsBefore = _api.ListCount;

        await _api.StopAsync();
        _api.SetEndpoints(Ns, "userservice", new EndpointSpec("10.0.0.3"));
        _api.CompactHistory();
        await _api.RestartAsync();

        Assert.That(await Poll.UntilAsync(() => Addresses(Users).SequenceEqual(["10.0.0.3"])), Is.True);
        Assert.That(_api.ListCount, Is.GreaterThan(listsBefore));
    }

    [Test]
    public async Task ApiServerDown_ExpiredWatchRefusedWithHttp410_ReListsOnReturn()
    {
        _api.SetEndpoints(Ns, "userservice", new EndpointSpec("10.0.0.1"));
        await StartWatchingAsync(Users);
        var listsBefore = _api.ListCount;

        await _api.StopAsync();
        _api.ExpiredWatchAsHttp410 = true;
        _api.SetEndpoints(Ns, "userservice", new EndpointSpec("10.0.0.4"));
        _api.CompactHistory();
        await _api.RestartAsync();

        Assert.That(await Poll.UntilAsync(() => Addresses(Users).SequenceEqual(["10.0.0.4"])), Is.True);
        Assert.That(_api.ListCount, Is.GreaterThan(listsBefore));
    }

    [Test]
    public async Task SetWatchedServices_TwoRoutesNameTheSameService_ShareOneWatch()
    {
        _api.SetEndpoints(Ns, "userservice", new EndpointSpec("10.0.0.1"));

        await StartWatchingAsync(Users, new ServiceKey(Ns, "userservice"), Posts);

        Assert.That(await Poll.UntilAsync(() => _api.OpenWatchCount == 2), Is.True);
        Assert.That(_api.OpenWatchCountFor(Ns, "userservice"), Is.EqualTo(1));
        Assert.That(_api.WatchCount, Is.EqualTo(2));
    }

    [Test]
    public async Task SetWatchedServices_SameServicesAgain_KeepsTheRunningWatches()
    {
        _api.SetEndpoints(Ns, "userservice", new EndpointSpec("10.0.0.1"));
        await StartWatchingAsync(Users, Posts);
        var listsBefore = _api.ListCount;

        _discovery.SetWatchedServices([Posts, Users, Users]);

        // A replaced watch would start unsynced and list again.
        Assert.That(_discovery.IsSynced, Is.True);
        Assert.That(Addresses(Users), Is.EqualTo(new[] { "10.0.0.1" }));
        _api.SetEndpoints(Ns, "userservice", new EndpointSpec("10.0.0.2"));
        Assert.That(await Poll.UntilAsync(() => Addresses(Users).SequenceEqual(["10.0.0.2"])), Is.True);
        Assert.That(_api.ListCount, Is.EqualTo(listsBefore));
        Assert.That(_api.WatchCount, Is.EqualTo(2));
    }

    [Test]
    public async Task SetWatchedServices_ServiceRemoved_StopsItsWatchAndForgetsIt()
    {
        _api.SetEndpoints(Ns, "userservice", new EndpointSpec("10.0.0.1"));
        _api.SetEndpoints(Ns, "postservice", new EndpointSpec("10.0.1.1"));
        await StartWatchingAsync(Users, Posts);

        _discovery.SetWatchedServices([Users]);

        Assert.That(await Poll.UntilAsync(() => _api.OpenWatchCountFor(Ns, "postservice") == 0), Is.True);
        Assert.That(_discovery.GetInstances(Posts), Is.Empty);
        Assert.That(Addresses(Users), Is.EqualTo(new[] { "10.0.0.1" }));
        Assert.That(_api.OpenWatchCountFor(Ns, "userservice"), Is.EqualTo(1));
    }

    [Test]
    public async Task GetInstances_SameNameInAnotherNamespace_IsSeparate()
    {
        var otherUsers = new ServiceKey("staging", "userservice");
        _api.SetEndpoints(Ns, "userservice", new EndpointSpec("10.0.0.1"));
        _api.SetEndpoints("staging", "userservice", new EndpointSpec("10.9.0.1"));

        await StartWatchingAsync(Users, otherUsers);

        Assert.That(Addresses(Users), Is.EqualTo(new[] { "10.0.0.1" }));
        Assert.That(Addresses(otherUsers), Is.EqualTo(new[] { "10.9.0.1" }));
    }

    [Test]
    public async Task GetChangeToken_EndpointsChange_Fires()
    {
        _api.SetEndpoints(Ns, "userservice", new EndpointSpec("10.0.0.1"));
        await StartWatchingAsync(Users);
        var token = _discovery.GetChangeToken();

        _api.SetEndpoints(Ns, "userservice", new EndpointSpec("10.0.0.2"));

        Assert.That(await Poll.UntilAsync(() => token.HasChanged), Is.True);
        Assert.That(Addresses(Users), Is.EqualTo(new[] { "10.0.0.2" }));
    }

    [Test]
    public async Task GetChangeToken_EventChangesNothingRoutable_DoesNotFire()
    {
        _api.SetEndpoints(Ns, "userservice", new EndpointSpec("10.0.0.1"));
        await StartWatchingAsync(Users);
        var fired = new ConcurrentQueue<string>();
        using var registration = ChangeToken.OnChange(_discovery.GetChangeToken, () => fired.Enqueue(string.Join(",", Addresses(Users))));

        _api.SetEndpoints(Ns, "userservice", new EndpointSpec("10.0.0.1"));
        _api.SendBookmark();
        _api.SetEndpoints(Ns, "userservice", new EndpointSpec("10.0.0.2"));

        // Events of one service are applied in order, so a firing for the no-op would be recorded first.
        Assert.That(await Poll.UntilAsync(() => !fired.IsEmpty), Is.True);
        Assert.That(fired, Is.EqualTo(new[] { "10.0.0.2" }));
    }

    [Test]
    public async Task GetChangeToken_WatchedServiceAddedAndSynced_Fires()
    {
        _api.SetEndpoints(Ns, "postservice", new EndpointSpec("10.0.1.1"));
        await StartWatchingAsync(Users);
        var token = _discovery.GetChangeToken();

        _discovery.SetWatchedServices([Users, Posts]);

        Assert.That(await Poll.UntilAsync(() => token.HasChanged), Is.True);
        Assert.That(_discovery.IsSynced, Is.True);
        Assert.That(Addresses(Posts), Is.EqualTo(new[] { "10.0.1.1" }));
    }

    private static KubernetesServiceDiscovery CreateDiscovery(IKubernetes client, ILogger<KubernetesServiceDiscovery> logger) =>
        new(
            client,
            Options.Create(new KubernetesDiscoveryOptions
            {
                InitialReconnectDelay = TimeSpan.FromMilliseconds(50),
                MaxReconnectDelay = TimeSpan.FromMilliseconds(200),
            }),
            logger);

    private async Task StartWatchingAsync(params ServiceKey[] services)
    {
        _discovery.SetWatchedServices(services);
        await _discovery.StartAsync(CancellationToken.None);
        Assert.That(await Poll.UntilAsync(() => _discovery.IsSynced), Is.True, "discovery did not sync");

        // Synced means listed; wait for the watches too, so a test's next event cannot race their opening.
        var distinct = services.Distinct().Count();
        Assert.That(await Poll.UntilAsync(() => _api.OpenWatchCount == distinct), Is.True, "watches did not open");
    }

    private IEnumerable<string> Addresses(ServiceKey service) => _discovery.GetInstances(service).Select(i => i.Address);
}
