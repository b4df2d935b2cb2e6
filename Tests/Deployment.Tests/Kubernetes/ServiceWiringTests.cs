using Deployment.Tests.Support;
using k8s.Models;

namespace Deployment.Tests.Kubernetes;

/// <summary>Every Service reaches the pods and ports it is meant to.</summary>
[TestFixture]
public sealed class ServiceWiringTests
{
    private RenderedManifests _manifests = null!;

    [OneTimeSetUp]
    public async Task RenderAsync() => _manifests = await RenderedManifests.LoadAsync();

    [TestCase("userservice", "Deployment")]
    [TestCase("postservice", "Deployment")]
    [TestCase("gateway", "Deployment")]
    [TestCase("sqlserver", "StatefulSet")]
    public void Service_Selector_MatchesItsWorkloadsPodLabels(string name, string kind)
    {
        var selector = _manifests.Service(name).Spec.Selector;
        var workload = _manifests.Workloads.Single(w => w.Name == name && w.Kind == kind);

        Assert.That(selector, Is.Not.Empty, $"Service/{name} has no selector");
        Assert.That(selector, Is.SubsetOf(workload.Template.Metadata.Labels), $"Service/{name} selector vs {workload} pod labels");
    }

    [Test]
    public void Service_EveryTargetPort_IsANamedContainerPortOfTheSelectedPods()
    {
        var offenders = new List<string>();

        foreach (var service in _manifests.OfType<V1Service>())
        {
            var ports = _manifests.Workloads
                .Where(w => service.Spec.Selector.All(l => w.Template.Metadata.Labels.TryGetValue(l.Key, out var v) && v == l.Value))
                .SelectMany(w => w.Pod.Containers)
                .SelectMany(c => c.Ports ?? [])
                .ToList();
            offenders.AddRange(service.Spec.Ports
                .Where(p => p.TargetPort?.Value is not { } target || !ports.Any(c => c.Name == target))
                .Select(p => $"Service/{service.Metadata.Name} port '{p.Name}' → targetPort '{p.TargetPort?.Value}'"));
        }

        Assert.That(offenders, Is.Empty, "targetPorts must name a container port of the selected pods");
    }

    [TestCase("userservice")]
    [TestCase("postservice")]
    public void Service_Backend_IsClusterIpWithAPortNamedHttp(string name)
    {
        var service = _manifests.Service(name);

        Assert.That(service.Spec.Type ?? "ClusterIP", Is.EqualTo("ClusterIP"));
        Assert.That(service.Spec.Ports.Select(p => p.Name), Does.Contain("http"));
    }

    [Test]
    public void Service_Gateway_IsALoadBalancerOnPort80ToHttp()
    {
        var service = _manifests.Service("gateway");

        Assert.That(service.Spec.Type, Is.EqualTo("LoadBalancer"));
        Assert.That(service.Spec.Ports.Select(p => (p.Port, p.TargetPort.Value)), Is.EqualTo(new[] { (80, "http") }));
    }

    [Test]
    public void Service_Sqlserver_IsHeadlessAndNamesTheStatefulSet()
    {
        var service = _manifests.Service("sqlserver");
        var statefulSet = _manifests.OfType<V1StatefulSet>().Single(s => s.Metadata.Name == "sqlserver");

        Assert.That(service.Spec.ClusterIP, Is.EqualTo("None"));
        Assert.That(statefulSet.Spec.ServiceName, Is.EqualTo("sqlserver"));
    }

    [Test]
    public void Container_HttpPort_Is8080AsTheImagesListenOn()
    {
        var offenders = _manifests.Workloads
            .Where(w => w.Name != "sqlserver" && !w.RunsToCompletion)
            .SelectMany(w => w.Pod.Containers.Select(c => (w, c)))
            .Where(x => x.c.Ports?.SingleOrDefault(p => p.Name == "http")?.ContainerPort != 8080)
            .Select(x => $"{x.w} container '{x.c.Name}'");

        Assert.That(offenders, Is.Empty, "ASPNETCORE_HTTP_PORTS=8080 in every image");
    }
}
