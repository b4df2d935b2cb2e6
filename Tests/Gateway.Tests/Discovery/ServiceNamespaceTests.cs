using Gateway.Services;
using k8s;

namespace Gateway.Tests.Discovery;

public sealed class ServiceNamespaceTests
{
    [Test]
    public void Resolve_RouteNamespaceSet_WinsOverGlobal()
    {
        var ns = ServiceNamespace.Resolve("route-ns", "global-ns");

        Assert.That(ns, Is.EqualTo("route-ns"));
    }

    [TestCase(null)]
    [TestCase("")]
    [TestCase("  ")]
    public void Resolve_NoRouteNamespace_UsesGlobal(string? routeNamespace)
    {
        var ns = ServiceNamespace.Resolve(routeNamespace, "global-ns");

        Assert.That(ns, Is.EqualTo("global-ns"));
    }

    [Test]
    public void Resolve_NeitherOutsideAPod_FallsBackToDefault()
    {
        Assume.That(KubernetesClientConfiguration.IsInCluster(), Is.False, "in a pod the pod's namespace is used");

        var ns = ServiceNamespace.Resolve(null, null);

        Assert.That(ns, Is.EqualTo("default"));
    }
}
