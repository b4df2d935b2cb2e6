using Deployment.Tests.Support;
using k8s.Models;

namespace Deployment.Tests.Kubernetes;

/// <summary>Container hardening as kube-score, kubesec, Polaris and kube-linter check it, on every workload.</summary>
[TestFixture]
public sealed class PodSecurityTests
{
    private const long MinimumId = 10000;
    private RenderedManifests _manifests = null!;

    [OneTimeSetUp]
    public async Task RenderAsync() => _manifests = await RenderedManifests.LoadAsync();

    [Test]
    public void Pod_SecurityContext_RunsAsNonRootWithHighIdsAndRuntimeDefaultSeccomp()
    {
        var offenders = _manifests.Workloads
            .Where(w => w.Pod.SecurityContext is not { RunAsNonRoot: true, RunAsUser: > MinimumId, RunAsGroup: > MinimumId }
                || w.Pod.SecurityContext.SeccompProfile?.Type != "RuntimeDefault")
            .Select(w => w.ToString());

        Assert.That(offenders, Is.Empty);
    }

    [Test]
    public void Container_RunAsNonRoot_IsTrueWithHighUserAndGroup()
    {
        Assert.That(Offenders(c => c is { RunAsNonRoot: true, RunAsUser: > MinimumId, RunAsGroup: > MinimumId }), Is.Empty);
    }

    [Test]
    public void Container_ReadOnlyRootFilesystem_IsTrue()
    {
        Assert.That(Offenders(c => c.ReadOnlyRootFilesystem == true), Is.Empty);
    }

    [Test]
    public void Container_AllowPrivilegeEscalation_IsFalseAndNotPrivileged()
    {
        Assert.That(Offenders(c => c.AllowPrivilegeEscalation == false && c.Privileged != true), Is.Empty);
    }

    [Test]
    public void Container_Capabilities_DropAllAndAddNone()
    {
        Assert.That(Offenders(c => c.Capabilities?.Drop?.SequenceEqual(["ALL"]) == true && (c.Capabilities.Add?.Count ?? 0) == 0), Is.Empty);
    }

    [Test]
    public void Container_SeccompProfile_IsRuntimeDefault()
    {
        Assert.That(Offenders(c => c.SeccompProfile?.Type == "RuntimeDefault"), Is.Empty);
    }

    [Test]
    public void Container_Tmp_IsAWritableEmptyDirWithASizeLimit()
    {
        var offenders = _manifests.Workloads
            .SelectMany(w => w.LabelledContainers.Select(c => (w, c.Label, c.Container)))
            .Where(x => x.Container.VolumeMounts?.SingleOrDefault(m => m.MountPath == "/tmp") is not { } mount
                || x.w.Pod.Volumes.Single(v => v.Name == mount.Name).EmptyDir?.SizeLimit is null)
            .Select(x => x.Label);

        Assert.That(offenders, Is.Empty, "a read-only root needs an emptyDir (with sizeLimit) at /tmp");
    }

    [Test]
    public void Pod_HostNamespaces_AreNotShared()
    {
        var offenders = _manifests.Workloads
            .Where(w => w.Pod.HostNetwork == true || w.Pod.HostPID == true || w.Pod.HostIPC == true)
            .Select(w => w.ToString());

        Assert.That(offenders, Is.Empty);
    }

    private IEnumerable<string> Offenders(Func<V1SecurityContext, bool> rule) =>
        _manifests.Workloads
            .SelectMany(w => w.LabelledContainers)
            .Where(x => x.Container.SecurityContext is null || !rule(x.Container.SecurityContext))
            .Select(x => x.Label);
}
