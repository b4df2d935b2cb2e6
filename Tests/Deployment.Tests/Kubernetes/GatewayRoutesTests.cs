using System.Text;
using System.Text.Json;
using Deployment.Tests.Support;
using k8s.Models;

namespace Deployment.Tests.Kubernetes;

/// <summary>The gateway in the cluster runs exactly the repository's ocelot.json.</summary>
[TestFixture]
public sealed class GatewayRoutesTests
{
    private const string RouteDirectory = "/etc/gateway/routes";
    private RenderedManifests _manifests = null!;

    [OneTimeSetUp]
    public async Task RenderAsync() => _manifests = await RenderedManifests.LoadAsync();

    [Test]
    public void ConfigMap_GatewayRoutes_HoldsExactlyTheRootOcelotJson()
    {
        var configMap = RoutesConfigMap();
        var root = File.ReadAllBytes(RepositoryRoot.Combine("ocelot.json"));

        Assert.That(configMap.Data.Keys, Is.EqualTo(new[] { "ocelot.json" }));
        Assert.That(Encoding.UTF8.GetBytes(configMap.Data["ocelot.json"]), Is.EqualTo(root),
            "the ConfigMap must be generated from the root ocelot.json (a symlink to k8s/gateway/ocelot.json)");
    }

    [Test]
    public void Gateway_RouteFile_IsInTheConfigMapMountedAsADirectory()
    {
        var pod = Gateway().Pod;
        var container = pod.Containers.Single();
        var volume = pod.Volumes.Single(v => v.ConfigMap?.Name == RoutesConfigMap().Metadata.Name);
        var mount = container.VolumeMounts.Single(m => m.Name == volume.Name);
        var routeFile = container.Env.Single(e => e.Name == "Gateway__RouteFile").Value;

        Assert.That(mount.SubPath, Is.Null.Or.Empty, "a subPath mount never sees ConfigMap updates");
        Assert.That(mount.MountPath, Is.EqualTo(RouteDirectory));
        Assert.That(routeFile, Is.EqualTo(RouteDirectory + "/ocelot.json"));
    }

    [Test]
    public void OcelotJson_EveryServiceName_IsAServiceWithAPortNamedByTheDownstreamScheme()
    {
        using var routes = JsonDocument.Parse(File.ReadAllText(RepositoryRoot.Combine("ocelot.json")),
            new JsonDocumentOptions { CommentHandling = JsonCommentHandling.Skip, AllowTrailingCommas = true });
        var offenders = new List<string>();

        foreach (var route in Property(routes.RootElement, "Routes").EnumerateArray())
        {
            if (TryProperty(route, "ServiceName") is not { } serviceName)
            {
                continue;
            }

            var scheme = TryProperty(route, "DownstreamScheme")?.GetString() ?? "http";
            var service = _manifests.OfType<V1Service>().SingleOrDefault(s => s.Metadata.Name == serviceName.GetString());
            if (service is null || !service.Spec.Ports.Any(p => p.Name == scheme))
            {
                offenders.Add($"{serviceName.GetString()} (scheme '{scheme}')");
            }
        }

        Assert.That(offenders, Is.Empty, "ServiceName without a matching Service port");
    }

    private Workload Gateway() => _manifests.Workloads.Single(w => w.Name == "gateway");

    private V1ConfigMap RoutesConfigMap() =>
        _manifests.OfType<V1ConfigMap>().Single(c => c.Metadata.Name.StartsWith("gateway-routes", StringComparison.Ordinal));

    private static JsonElement Property(JsonElement element, string name) =>
        TryProperty(element, name) ?? throw new AssertionException($"ocelot.json has no '{name}'.");

    // Ocelot's keys are case-insensitive.
    private static JsonElement? TryProperty(JsonElement element, string name) =>
        element.EnumerateObject().Where(p => p.NameEquals(name) || string.Equals(p.Name, name, StringComparison.OrdinalIgnoreCase))
            .Select(p => (JsonElement?)p.Value).FirstOrDefault();
}
