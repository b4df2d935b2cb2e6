using EndToEnd.Tests.Infrastructure;
using Gateway.Tests.Fakes.KubernetesApi;

namespace EndToEnd.Tests.Fault;

/// <summary>
/// The gateway discovers UserService "pods" from EndpointSlices served by a fake Kubernetes API
/// server. Every pod listens on 127.0.0.1 with a port of its own, so each has its own slice (a
/// slice's ports are shared by its endpoints), as pods whose ports differ would. A rolling update replaces every pod under continuous reads, the way Kubernetes does it
/// (new pod ready, old one terminating, then removed, then stopped), and no read may fail.
/// </summary>
[TestFixture]
[Category("Fault")]
public sealed class DiscoveryChurnTests
{
    private const string Namespace = "microservices";
    private const string Service = "userservice";
    private const string SlicePrefix = "userservice-e2e-";
    private const int Loops = 16;
    private const int Pods = 3;
    private static readonly TimeSpan HardLimit = TimeSpan.FromSeconds(90);
    private static readonly TimeSpan Step = TimeSpan.FromSeconds(1);

    private readonly List<StandInBackend> _backends = [];
    private readonly List<Pod> _pods = [];
    private readonly Dictionary<string, int> _servedWhileTerminating = [];
    private TestRunDirectories _directories = null!;
    private FakeKubernetesApiServer _api = null!;
    private ProgramProcess? _gateway;

    [SetUp]
    public async Task StartApiServerAndPods()
    {
        _backends.Clear();
        _pods.Clear();
        _servedWhileTerminating.Clear();
        _gateway = null;
        _directories = new TestRunDirectories("discovery-churn");
        _api = new FakeKubernetesApiServer();
        await _api.StartAsync();
        for (var i = 0; i < Pods; i++)
        {
            Publish(await StartPodAsync());
        }
    }

    [TearDown]
    public async Task StopEverything()
    {
        if (TestOutcome.CurrentTestFailed && _gateway is not null)
        {
            TestContext.AddTestAttachment(_gateway.LogPath, "gateway stdout/stderr");
        }

        if (_gateway is not null)
        {
            await _gateway.DisposeAsync();
        }

        foreach (var backend in _backends)
        {
            await backend.DisposeAsync();
        }

        await _api.DisposeAsync();
        _directories.Dispose();
    }

    [Test]
    public async Task FirstRequest_RightAfterGatewayReportsReady_Succeeds()
    {
        await StartGatewayAsync();

        using var client = LoadClients.Create(_gateway!.BaseAddress, 1);
        var failure = await LoadClients.GetExpectingOkAsync(client, $"/api/users/{Guid.NewGuid()}", CancellationToken.None);

        Assert.That(failure, Is.Null, "the gateway said ready before it knew where the service was");
    }

    [Test]
    public async Task RollingUpdate_UnderContinuousReads_NoReadFails()
    {
        await StartGatewayAsync();
        var originals = _backends.ToList();
        using var client = LoadClients.Create(_gateway!.BaseAddress, Loops);
        var runner = new LoadRunner(Loops, 1_000_000, HardLimit);
        using var stop = new CancellationTokenSource();
        var load = runner.RunAsync((i, token) => LoadClients.GetExpectingOkAsync(client, $"/api/users/{i}", token), stop.Token);

        try
        {
            await Task.Delay(Step);
            foreach (var old in originals)
            {
                await ReplacePodAsync(old);
            }

            await Task.Delay(Step);
        }
        finally
        {
            await stop.CancelAsync();
        }

        var result = await load;
        await TestContext.Out.WriteLineAsync($"Rolling update: {result.Describe(10)}");
        var replacements = _backends.Except(originals).ToList();
        Assert.Multiple(() =>
        {
            Assert.That(result.Completed, Is.True);
            Assert.That(result.Total, Is.GreaterThan(0));
            Assert.That(result.Failures, Has.Count.Zero, result.Describe());
            Assert.That(originals.Select(b => b.Hits), Has.All.GreaterThan(0), "the original pods served before the update");
            Assert.That(replacements.Select(b => b.Hits), Has.All.GreaterThan(0), "every new pod took traffic");
            Assert.That(_servedWhileTerminating, Has.All.Property("Value").Zero,
                "a terminating pod gets no new requests while ready ones exist (kube-proxy's rule), so retries cannot hide a stale endpoint list");
        });
    }

    // Kubernetes order: the new pod becomes ready, the old one turns terminating (still serving),
    // its endpoint is removed, and only after its preStop grace does the process stop. One step
    // lets the change reach the gateway; the next shows whether the old pod still gets requests.
    private async Task ReplacePodAsync(StandInBackend old)
    {
        Publish(await StartPodAsync());
        await Task.Delay(Step);

        var pod = _pods.Single(p => p.Backend == old);
        pod.Endpoint = EndpointSpec.TerminatingAt(pod.Endpoint.Address);
        Publish(pod);
        await Task.Delay(Step);
        var servedBefore = old.Hits;
        await Task.Delay(Step);
        _servedWhileTerminating[old.Name] = old.Hits - servedBefore;

        _pods.Remove(pod);
        _api.DeleteSlice(Namespace, pod.SliceName);
        await Task.Delay(Step);

        await old.StopAsync();
    }

    private async Task<Pod> StartPodAsync()
    {
        var number = _backends.Count;
        var backend = await StandInBackend.StartAsync($"pod-{number}");
        _backends.Add(backend);
        var pod = new Pod(backend, SlicePrefix + number) { Endpoint = new EndpointSpec("127.0.0.1") };
        _pods.Add(pod);
        return pod;
    }

    // One slice per pod: a change to one pod is one watch event, as the EndpointSlice controller sends it.
    private void Publish(Pod pod) =>
        _api.SetSlice(Namespace, Service, pod.SliceName, [new EndpointPortSpec("http", pod.Backend.Port)], pod.Endpoint);

    private async Task StartGatewayAsync()
    {
        var routeFile = GatewayRouteFiles.WriteKube(_directories.DataFor("gateway"), _api.Url, Namespace);

        // No UserService runs here: the reads are anonymous, so the authority is never called. Port 1
        // (tcpmux) has no listener on loopback, so a call would be refused rather than reach a stranger.
        var unusedAuthority = new Uri("http://127.0.0.1:1");
        _gateway = Programs.Gateway("gateway", routeFile, unusedAuthority, _directories.Logs);
        await _gateway.StartAsync(Programs.ReadyTimeout);
    }

    /// <summary>A stand-in pod and its EndpointSlice, with the endpoint's current conditions.</summary>
    private sealed class Pod(StandInBackend backend, string sliceName)
    {
        public StandInBackend Backend { get; } = backend;

        public string SliceName { get; } = sliceName;

        public required EndpointSpec Endpoint { get; set; }
    }
}
