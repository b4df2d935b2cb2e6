using Deployment.Tests.Support;
using k8s.Models;

namespace Deployment.Tests.Kubernetes;

/// <summary>Rolling updates, drains and load changes leave the system serving.</summary>
[TestFixture]
public sealed class AvailabilityTests
{
    private RenderedManifests _manifests = null!;

    [OneTimeSetUp]
    public async Task RenderAsync() => _manifests = await RenderedManifests.LoadAsync();

    [Test]
    public void Workload_PodDisruptionBudget_SelectsItsPods()
    {
        var budgets = _manifests.OfType<V1PodDisruptionBudget>().ToList();
        var offenders = _manifests.Workloads
            .Where(w => !w.RunsToCompletion)
            .Where(w => !budgets.Any(b => b.Spec.Selector.MatchLabels.All(l =>
                w.Template.Metadata.Labels.TryGetValue(l.Key, out var v) && v == l.Value)))
            .Select(w => w.ToString());

        Assert.That(offenders, Is.Empty, "workloads without a PodDisruptionBudget");
    }

    [TestCase("userservice")]
    [TestCase("postservice")]
    public void HorizontalPodAutoscaler_Service_ScalesItsDeploymentFromTwoReplicas(string name)
    {
        var hpa = _manifests.OfType<V2HorizontalPodAutoscaler>().SingleOrDefault(h => h.Metadata.Name == name);

        Assert.That(hpa, Is.Not.Null, $"no autoscaling/v2 HorizontalPodAutoscaler '{name}'");
        Assert.That((hpa!.Spec.ScaleTargetRef.Kind, hpa.Spec.ScaleTargetRef.Name), Is.EqualTo(("Deployment", name)));
        Assert.That(hpa.Spec.MinReplicas, Is.GreaterThanOrEqualTo(2));
        Assert.That(hpa.Spec.MaxReplicas, Is.GreaterThan(hpa.Spec.MinReplicas ?? 1));
        Assert.That(hpa.Spec.Metrics, Is.Not.Empty);
    }

    [Test]
    public void Deployment_TargetedByAutoscaler_LeavesReplicasToIt()
    {
        // kubectl apply would otherwise reset a scaled-out Deployment on every deploy.
        var scaled = _manifests.OfType<V2HorizontalPodAutoscaler>().Select(h => h.Spec.ScaleTargetRef.Name).ToHashSet();
        var offenders = _manifests.OfType<V1Deployment>()
            .Where(d => scaled.Contains(d.Metadata.Name) && d.Spec.Replicas is not null)
            .Select(d => d.Metadata.Name);

        Assert.That(offenders, Is.Empty);
    }

    [Test]
    public void Deployment_Replicas_AtLeastTwo()
    {
        var minimums = _manifests.OfType<V2HorizontalPodAutoscaler>().ToDictionary(h => h.Spec.ScaleTargetRef.Name, h => h.Spec.MinReplicas);
        var offenders = _manifests.OfType<V1Deployment>()
            .Where(d => (d.Spec.Replicas ?? minimums.GetValueOrDefault(d.Metadata.Name) ?? 1) < 2)
            .Select(d => d.Metadata.Name);

        Assert.That(offenders, Is.Empty);
    }

    [Test]
    public void Deployment_TopologySpread_SpreadsItsOwnPodsAcrossNodes()
    {
        var offenders = _manifests.OfType<V1Deployment>()
            .Where(d => !(d.Spec.Template.Spec.TopologySpreadConstraints ?? []).Any(t =>
                t.TopologyKey == "kubernetes.io/hostname"
                && t.LabelSelector.MatchLabels.All(l => d.Spec.Template.Metadata.Labels.TryGetValue(l.Key, out var v) && v == l.Value)))
            .Select(d => d.Metadata.Name);

        Assert.That(offenders, Is.Empty);
    }

    [Test]
    public void Deployment_RollingUpdate_NeverTakesAPodAwayFirst()
    {
        var offenders = _manifests.OfType<V1Deployment>()
            .Where(d => d.Spec.Strategy?.RollingUpdate?.MaxUnavailable?.Value != "0")
            .Select(d => d.Metadata.Name);

        Assert.That(offenders, Is.Empty, "maxUnavailable: 0");
    }

    [Test]
    public void Deployment_PreStopSleep_FitsInTheTerminationGracePeriod()
    {
        // The .NET host needs up to its 30 s shutdown timeout after the preStop sleep.
        var offenders = _manifests.OfType<V1Deployment>()
            .SelectMany(d => d.Spec.Template.Spec.Containers.Select(c => (d, c)))
            .Where(x => x.c.Lifecycle?.PreStop?.Sleep?.Seconds is not > 0
                || (x.d.Spec.Template.Spec.TerminationGracePeriodSeconds ?? 30) < x.c.Lifecycle.PreStop.Sleep.Seconds + 30)
            .Select(x => $"Deployment/{x.d.Metadata.Name} container '{x.c.Name}'");

        Assert.That(offenders, Is.Empty);
    }

    [Test]
    public void StatefulSet_Sqlserver_KeepsItsDataOnAPersistentVolumeClaim()
    {
        var statefulSet = _manifests.OfType<V1StatefulSet>().Single(s => s.Metadata.Name == "sqlserver");
        var claim = statefulSet.Spec.VolumeClaimTemplates.Single();
        var mount = statefulSet.Spec.Template.Spec.Containers.Single().VolumeMounts.Single(m => m.Name == claim.Metadata.Name);

        Assert.That(mount.MountPath, Is.EqualTo("/var/opt/mssql"));
        Assert.That(claim.Spec.Resources.Requests, Does.ContainKey("storage"));
    }
}
