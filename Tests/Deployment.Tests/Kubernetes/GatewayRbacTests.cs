using Deployment.Tests.Support;
using k8s.Models;

namespace Deployment.Tests.Kubernetes;

/// <summary>The gateway may read EndpointSlices and nothing else; no other pod holds a token.</summary>
[TestFixture]
public sealed class GatewayRbacTests
{
    private RenderedManifests _manifests = null!;

    [OneTimeSetUp]
    public async Task RenderAsync() => _manifests = await RenderedManifests.LoadAsync();

    [Test]
    public void Role_Gateway_GrantsOnlyReadOfEndpointSlices()
    {
        var rule = _manifests.OfType<V1Role>().Single().Rules.Single();

        Assert.That(rule.ApiGroups, Is.EqualTo(new[] { "discovery.k8s.io" }));
        Assert.That(rule.Resources, Is.EqualTo(new[] { "endpointslices" }));
        Assert.That(rule.Verbs, Is.EquivalentTo(new[] { "get", "list", "watch" }));
        Assert.That(rule.ResourceNames, Is.Null.Or.Empty);
        Assert.That(rule.NonResourceURLs, Is.Null.Or.Empty);
    }

    [Test]
    public void Rbac_OnlyNamespacedRoles_NoClusterWideGrant()
    {
        var clusterWide = _manifests.Objects.Where(o => o is V1ClusterRole or V1ClusterRoleBinding);

        Assert.That(clusterWide, Is.Empty);
    }

    [Test]
    public void RoleBinding_Gateway_BindsTheRoleToTheGatewayServiceAccountOnly()
    {
        var binding = _manifests.OfType<V1RoleBinding>().Single();
        var role = _manifests.OfType<V1Role>().Single();
        var gateway = _manifests.Workloads.Single(w => w.Name == "gateway");

        Assert.That((binding.RoleRef.Kind, binding.RoleRef.Name), Is.EqualTo(("Role", role.Metadata.Name)));
        Assert.That(binding.Subjects.Select(s => (s.Kind, s.Name)), Is.EqualTo(new[] { ("ServiceAccount", gateway.Pod.ServiceAccountName) }));
    }

    [Test]
    public void Pod_ServiceAccountToken_MountedOnlyInTheGateway()
    {
        var accounts = _manifests.OfType<V1ServiceAccount>().ToDictionary(a => a.Metadata.Name);
        var offenders = _manifests.Workloads
            .Where(w => w.Name != "gateway")
            .Where(w => (w.Pod.AutomountServiceAccountToken
                ?? accounts.GetValueOrDefault(w.Pod.ServiceAccountName ?? "default")?.AutomountServiceAccountToken) != false)
            .Select(w => w.ToString());

        Assert.That(offenders, Is.Empty, "automountServiceAccountToken must be false");
        Assert.That(_manifests.Workloads.Single(w => w.Name == "gateway").Pod.AutomountServiceAccountToken, Is.True);
    }
}
