using k8s.Models;

namespace Deployment.Tests.Support;

/// <summary>A Deployment or StatefulSet and its pod template.</summary>
internal sealed record Workload(string Kind, string Name, V1PodTemplateSpec Template)
{
    public V1PodSpec Pod => Template.Spec;

    /// <summary>A Job: runs once and exits, so it serves nothing and needs no probes or disruption budget.</summary>
    public bool RunsToCompletion => Kind == "Job";

    public IEnumerable<V1Container> AllContainers =>
        (Pod.InitContainers ?? []).Concat(Pod.Containers);

    /// <summary>Each container with a label naming it in assertion messages.</summary>
    public IEnumerable<(string Label, V1Container Container)> LabelledContainers =>
        AllContainers.Select(c => ($"{Kind}/{Name} container '{c.Name}'", c));

    public override string ToString() => $"{Kind}/{Name}";
}
