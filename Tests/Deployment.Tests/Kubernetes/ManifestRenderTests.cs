using Deployment.Tests.Support;
using k8s;
using k8s.Models;

namespace Deployment.Tests.Kubernetes;

/// <summary><c>kubectl kustomize k8s</c> renders, and every document maps onto a Kubernetes type.</summary>
[TestFixture]
public sealed class ManifestRenderTests
{
    private RenderedManifests _manifests = null!;

    [OneTimeSetUp]
    public async Task RenderAsync() => _manifests = await RenderedManifests.LoadAsync();

    [Test]
    public void Render_StrictParse_FindsNoUnknownProperty()
    {
        Assert.That(() => KubernetesYaml.LoadAllFromString(_manifests.Yaml, strict: true), Throws.Nothing);
    }

    [Test]
    public void Render_EveryDocument_IsAKnownKubernetesType()
    {
        var untyped = _manifests.Objects.Where(o => o is not IKubernetesObject).Select(o => o.GetType().Name);

        Assert.That(untyped, Is.Empty);
    }

    [Test]
    public void Render_EveryDocument_RoundTripsWithoutLosingAField()
    {
        var rendered = YamlKeyPaths.OfDocuments(_manifests.Yaml);
        var lost = new List<string>();

        for (var i = 0; i < rendered.Count; i++)
        {
            var typed = (IKubernetesObject<V1ObjectMeta>)_manifests.Objects[i];
            var roundTripped = YamlKeyPaths.OfDocuments(KubernetesYaml.Serialize(typed)).Single();
            lost.AddRange(rendered[i].Except(roundTripped).Select(path => $"{typed.Kind}/{typed.Metadata.Name}: {path}"));
        }

        Assert.That(lost, Is.Empty, "fields the typed model does not know (misspelt or misplaced keys)");
    }

    [Test]
    public void Render_EveryNamespacedObject_IsInTheMicroservicesNamespace()
    {
        var outside = _manifests.Objects
            .Cast<IKubernetesObject<V1ObjectMeta>>()
            .Where(o => o is not V1Namespace && o.Metadata.NamespaceProperty != "microservices")
            .Select(o => $"{o.Kind}/{o.Metadata.Name} in '{o.Metadata.NamespaceProperty}'");

        Assert.That(outside, Is.Empty);
    }

    [Test]
    public void Render_Namespace_EnforcesTheRestrictedPodSecurityStandard()
    {
        var ns = _manifests.OfType<V1Namespace>().Single();

        Assert.That(ns.Metadata.Labels, Does.ContainKey("pod-security.kubernetes.io/enforce").WithValue("restricted"));
    }
}
