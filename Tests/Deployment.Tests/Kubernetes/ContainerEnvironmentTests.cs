using Deployment.Tests.Support;
using k8s.Models;

namespace Deployment.Tests.Kubernetes;

/// <summary>Environment variables in the manifests reach real settings and real secret keys.</summary>
[TestFixture]
public sealed class ContainerEnvironmentTests
{
    private RenderedManifests _manifests = null!;

    [OneTimeSetUp]
    public async Task RenderAsync() => _manifests = await RenderedManifests.LoadAsync();

    [Test]
    public void Container_EveryVariable_BindsToAConfigurationKeyOfItsProgram()
    {
        var unbound = _manifests.Workloads
            .SelectMany(w => w.LabelledContainers)
            .Select(x => (x.Label, Project: ServiceProject.ForImage(x.Container.Image), x.Container))
            .Where(x => x.Project is not null)
            .SelectMany(x => EnvironmentVariableBinding.Unbound(x.Label, x.Project!, (x.Container.Env ?? []).Select(e => e.Name)));

        Assert.That(unbound, Is.Empty);
    }

    [Test]
    public void Container_EverySecretReference_NamesAKeyOfTheGeneratedSecret()
    {
        var secret = _manifests.OfType<V1Secret>().Single();
        var offenders = _manifests.Workloads
            .SelectMany(w => w.LabelledContainers)
            .SelectMany(x => (x.Container.Env ?? []).Select(e => (x.Label, Ref: e.ValueFrom?.SecretKeyRef)))
            .Where(x => x.Ref is not null && (x.Ref.Name != secret.Metadata.Name || !secret.Data.ContainsKey(x.Ref.Key)))
            .Select(x => $"{x.Label}: {x.Ref!.Name}/{x.Ref.Key}");

        Assert.That(offenders, Is.Empty);
    }

    [TestCase("userservice", "ConnectionStrings__Users")]
    [TestCase("postservice", "ConnectionStrings__Posts")]
    public void Service_MigrateInitContainer_RunsTheImageWithMigrateOnTheSameDatabase(string name, string connectionString)
    {
        var pod = _manifests.Workloads.Single(w => w.Name == name).Pod;
        var main = pod.Containers.Single();
        var migrate = pod.InitContainers?.SingleOrDefault(c => c.Args?.SequenceEqual(["migrate"]) == true);

        Assert.That(migrate, Is.Not.Null, $"{name} has no init container with args [migrate]");
        Assert.That(migrate!.Image, Is.EqualTo(main.Image));
        // Not the same login: DatabaseLoginTests.
        Assert.That(Database(migrate, connectionString), Is.EqualTo(Database(main, connectionString)).And.Not.Null);
        Assert.That(Value(main, "Database__MigrateOnStartup"), Is.EqualTo("false"), "the init container already migrated");
        Assert.That(Value(migrate, "Database__Provider"), Is.EqualTo("SqlServer"));
    }

    [TestCase("postservice")]
    [TestCase("gateway")]
    public void Consumer_JwtAuthority_IsTheUserServiceInTheCluster(string name)
    {
        var container = _manifests.Workloads.Single(w => w.Name == name).Pod.Containers.Single();
        var port = _manifests.Service("userservice").Spec.Ports.Single(p => p.Name == "http").Port;

        Assert.That(Value(container, "Jwt__Authority"), Is.EqualTo($"http://userservice:{port}"));
    }

    private static string? Value(V1Container container, string name) =>
        container.Env?.SingleOrDefault(e => e.Name == name)?.Value;

    private static string? Source(V1Container container, string name) =>
        container.Env?.SingleOrDefault(e => e.Name == name)?.ValueFrom?.SecretKeyRef?.Key;

    private string? Database(V1Container container, string name) =>
        Source(container, name) is { } key ? SqlConnectionString.Parse(_manifests.SecretValues[key]).Database : null;
}
