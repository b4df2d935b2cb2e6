using Deployment.Tests.Support;
using k8s.Models;

namespace Deployment.Tests.Kubernetes;

/// <summary>Every long-running container has startup, readiness and liveness probes that mean different things.</summary>
[TestFixture]
public sealed class ProbeConfigurationTests
{
    private RenderedManifests _manifests = null!;

    [OneTimeSetUp]
    public async Task RenderAsync() => _manifests = await RenderedManifests.LoadAsync();

    private IEnumerable<(Workload Workload, V1Container Container)> MainContainers =>
        _manifests.Workloads.Where(w => !w.RunsToCompletion).SelectMany(w => w.Pod.Containers.Select(c => (w, c)));

    [Test]
    public void Container_Probes_StartupReadinessAndLivenessAreAllSet()
    {
        var offenders = MainContainers
            .Where(x => x.Container.StartupProbe is null || x.Container.ReadinessProbe is null || x.Container.LivenessProbe is null)
            .Select(x => $"{x.Workload} container '{x.Container.Name}'");

        Assert.That(offenders, Is.Empty);
    }

    [Test]
    public void Container_LivenessProbe_DiffersFromReadinessProbe()
    {
        // A liveness probe that checks dependencies restarts healthy pods when the database blips.
        var offenders = MainContainers
            .Where(x => Describe(x.Container.LivenessProbe) == Describe(x.Container.ReadinessProbe))
            .Select(x => $"{x.Workload} container '{x.Container.Name}': {Describe(x.Container.LivenessProbe)}");

        Assert.That(offenders, Is.Empty);
    }

    [Test]
    public void Container_HttpProbes_UseTheHealthEndpointsOnTheHttpPort()
    {
        var expected = new Dictionary<string, string>
        {
            ["startup"] = "/health/live", ["readiness"] = "/health/ready", ["liveness"] = "/health/live",
        };
        var offenders = MainContainers
            .Where(x => x.Workload.Name != "sqlserver")
            .SelectMany(x => Probes(x.Container).Select(p => (x.Workload, p.Kind, p.Probe)))
            .Where(x => x.Probe.HttpGet?.Path != expected[x.Kind] || x.Probe.HttpGet.Port.Value != "http")
            .Select(x => $"{x.Workload} {x.Kind}: {Describe(x.Probe)}");

        Assert.That(offenders, Is.Empty);
    }

    [Test]
    public void Container_InitContainers_HaveNoProbes()
    {
        var offenders = _manifests.Workloads
            .SelectMany(w => (w.Pod.InitContainers ?? []).Select(c => (w, c)))
            .Where(x => x.c.LivenessProbe is not null || x.c.ReadinessProbe is not null || x.c.StartupProbe is not null)
            .Select(x => $"{x.w} init container '{x.c.Name}'");

        Assert.That(offenders, Is.Empty, "init containers run to completion; kubectl rejects probes on them");
    }

    internal static IEnumerable<(string Kind, V1Probe Probe)> Probes(V1Container container) =>
        new[] { ("startup", container.StartupProbe), ("readiness", container.ReadinessProbe), ("liveness", container.LivenessProbe) }
            .Where(p => p.Item2 is not null)
            .Select(p => (p.Item1, p.Item2!));

    private static string Describe(V1Probe? probe) => probe switch
    {
        null => "none",
        { HttpGet: { } get } => $"GET {get.Path} on {get.Port.Value}",
        { TcpSocket: { } tcp } => $"TCP {tcp.Port.Value}",
        { Exec: { } exec } => "exec " + string.Join(' ', exec.Command),
        _ => "other",
    };
}
