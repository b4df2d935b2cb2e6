using k8s;
using k8s.Models;

namespace Deployment.Tests.Support;

/// <summary>The output of <c>kubectl kustomize k8s</c>, as text and as typed objects.</summary>
internal sealed class RenderedManifests
{
    private static readonly SemaphoreSlim _gate = new(1, 1);
    private static RenderedManifests? _cached;

    private RenderedManifests(string yaml, IReadOnlyList<object> objects)
    {
        Yaml = yaml;
        Objects = objects;
    }

    public string Yaml { get; }

    public IReadOnlyList<object> Objects { get; }

    public IEnumerable<T> OfType<T>() => Objects.OfType<T>();

    public IReadOnlyList<Workload> Workloads =>
    [
        .. OfType<V1Deployment>().Select(d => new Workload("Deployment", d.Metadata.Name, d.Spec.Template)),
        .. OfType<V1StatefulSet>().Select(s => new Workload("StatefulSet", s.Metadata.Name, s.Spec.Template)),
        .. OfType<V1Job>().Select(j => new Workload("Job", j.Metadata.Name, j.Spec.Template)),
    ];

    public Workload Workload(string name) =>
        Workloads.SingleOrDefault(w => w.Name == name)
        ?? throw new AssertionException($"No workload named '{name}' in the rendered manifests.");

    /// <summary>The generated Secret's values, decoded.</summary>
    public IReadOnlyDictionary<string, string> SecretValues =>
        OfType<V1Secret>().Single().Data.ToDictionary(p => p.Key, p => p.Value is null ? string.Empty : System.Text.Encoding.UTF8.GetString(p.Value));

    public V1Service Service(string name) =>
        OfType<V1Service>().SingleOrDefault(s => s.Metadata.Name == name)
        ?? throw new AssertionException($"No Service named '{name}' in the rendered manifests.");

    /// <summary>Renders k8s/ once per test run; ignores the caller's tests when kubectl is absent.</summary>
    public static async Task<RenderedManifests> LoadAsync()
    {
        if (!ProcessRunner.IsOnPath("kubectl"))
        {
            Assert.Ignore("kubectl is not on PATH: the kustomize render cannot be checked (CI installs kubectl).");
        }

        await _gate.WaitAsync();
        try
        {
            return _cached ??= await RenderAsync();
        }
        finally
        {
            _gate.Release();
        }
    }

    private static async Task<RenderedManifests> RenderAsync()
    {
        using var source = KustomizeSource.Prepare();
        var result = await ProcessRunner.RunAsync(
            "kubectl", ["kustomize", source.Directory], RepositoryRoot.Path, TimeSpan.FromMinutes(2));
        if (result.ExitCode != 0)
        {
            throw new AssertionException("kubectl kustomize k8s failed: " + result.Describe());
        }

        return new RenderedManifests(result.StandardOutput, KubernetesYaml.LoadAllFromString(result.StandardOutput));
    }
}
