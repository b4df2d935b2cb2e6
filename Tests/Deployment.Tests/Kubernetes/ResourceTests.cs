using Deployment.Tests.Support;
using k8s.Models;

namespace Deployment.Tests.Kubernetes;

/// <summary>Every container, init containers included, declares requests and limits.</summary>
[TestFixture]
public sealed class ResourceTests
{
    private RenderedManifests _manifests = null!;

    [OneTimeSetUp]
    public async Task RenderAsync() => _manifests = await RenderedManifests.LoadAsync();

    [TestCase("cpu")]
    [TestCase("memory")]
    [TestCase("ephemeral-storage")]
    public void Container_Resources_RequestAndLimit(string resource)
    {
        var offenders = _manifests.Workloads
            .SelectMany(w => w.LabelledContainers)
            .Where(x => !Has(x.Container.Resources?.Requests, resource) || !Has(x.Container.Resources?.Limits, resource))
            .Select(x => x.Label);

        Assert.That(offenders, Is.Empty, $"{resource} request and limit");
    }

    [TestCase("cpu")]
    [TestCase("memory")]
    [TestCase("ephemeral-storage")]
    public void Container_Request_DoesNotExceedLimit(string resource)
    {
        var offenders = _manifests.Workloads
            .SelectMany(w => w.LabelledContainers)
            .Where(x => Has(x.Container.Resources?.Requests, resource) && Has(x.Container.Resources?.Limits, resource))
            .Where(x => x.Container.Resources.Requests[resource].ToDecimal() > x.Container.Resources.Limits[resource].ToDecimal())
            .Select(x => x.Label);

        Assert.That(offenders, Is.Empty);
    }

    private static bool Has(IDictionary<string, ResourceQuantity>? quantities, string resource) =>
        quantities?.ContainsKey(resource) == true;
}
