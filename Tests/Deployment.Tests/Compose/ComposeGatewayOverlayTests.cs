using System.Text.Json;
using Deployment.Tests.Support;

namespace Deployment.Tests.Compose;

/// <summary>The gateway's static registry for compose (ocelot.Compose.json) points at the real containers.</summary>
[TestFixture]
public sealed class ComposeGatewayOverlayTests
{
    [Test]
    public void Overlay_EveryDestination_IsAComposeServiceOnItsContainerPort()
    {
        var compose = ComposeFile.Load();
        var offenders = new List<string>();

        foreach (var (serviceName, host, port) in Destinations())
        {
            if (!compose.Services.TryGetValue(host, out var service))
            {
                offenders.Add($"{serviceName}: host '{host}' is not a compose service");
            }
            else if (ContainerPort(service) != port)
            {
                offenders.Add($"{serviceName}: {host}:{port}, but the container listens on {ContainerPort(service)}");
            }
        }

        Assert.That(offenders, Is.Empty);
    }

    [Test]
    public void Overlay_Registry_NamesEveryBackendService()
    {
        Assert.That(Destinations().Select(d => d.ServiceName).Distinct(), Is.EquivalentTo(new[] { "userservice", "postservice" }));
    }

    [Test]
    public void Compose_JwtAuthority_IsTheUserServiceContainer()
    {
        var compose = ComposeFile.Load();
        var authorities = compose.Services.Values
            .Where(s => s.Environment.ContainsKey("Jwt__Authority"))
            .Select(s => s.Environment["Jwt__Authority"])
            .Distinct();

        Assert.That(authorities, Is.EqualTo(new[] { $"http://userservice:{ContainerPort(compose["userservice"])}" }));
    }

    [Test]
    public void Compose_GatewayPort_MapsToItsContainerPort()
    {
        var gateway = ComposeFile.Load()["gateway"];

        Assert.That(gateway.Strings("ports").Single().Split(':')[^1], Is.EqualTo(ContainerPort(gateway).ToString(System.Globalization.CultureInfo.InvariantCulture)));
    }

    // The compose environment wins over the image's ENV.
    private static int ContainerPort(ComposeService service)
    {
        var ports = service.Environment.GetValueOrDefault("ASPNETCORE_HTTP_PORTS")
            ?? Dockerfile.Load(service.Project!.Dockerfile).FinalStage.Where(i => i.Keyword == "ENV")
                .Select(i => i.EnvironmentPairs.GetValueOrDefault("ASPNETCORE_HTTP_PORTS")).OfType<string>().Single();
        return int.Parse(ports, System.Globalization.CultureInfo.InvariantCulture);
    }

    private static List<(string ServiceName, string Host, int Port)> Destinations()
    {
        using var overlay = JsonDocument.Parse(File.ReadAllText(RepositoryRoot.Combine("ocelot.Compose.json")));
        var services = overlay.RootElement.GetProperty("GlobalConfiguration").GetProperty("ServiceDiscoveryProvider").GetProperty("Services");
        return services.EnumerateObject()
            .SelectMany(s => s.Value.EnumerateArray().Select(d => (s.Name, d.GetProperty("Host").GetString()!, d.GetProperty("Port").GetInt32())))
            .ToList();
    }
}
