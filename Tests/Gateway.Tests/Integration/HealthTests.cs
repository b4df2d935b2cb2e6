using System.Net;
using Gateway.Tests.Integration.Support;
using Microservices.Tests.Common;

namespace Gateway.Tests.Integration;

public sealed class HealthTests
{
    [TestCase("/health/live")]
    [TestCase("/health/ready")]
    public async Task Get_HealthWithCatchAllRoute_IsAnsweredByTheGateway(string path)
    {
        await using var backend = await TestBackend.StartAsync("catchall");
        using var file = new RouteFile(Routes.File([Routes.ByHost("/{everything}", "/{everything}", backend)]));
        await using var gateway = GatewayFactory.Start(file.Path);
        using var client = gateway.Client();

        using var response = await client.GetAsync(path);

        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.OK));
        Assert.That(backend.Requests, Is.Empty);
    }

    [Test]
    public async Task GetReady_DiscoveryNotSynced_Answers503()
    {
        var discovery = new FakeServiceDiscovery { IsSynced = false };
        using var file = new RouteFile(Routes.File([Routes.ByService("/a/{x}", "/a/{x}", "userservice")]));
        await using var gateway = GatewayFactory.Start(file.Path, discovery);
        using var client = gateway.Client();

        using var response = await client.GetAsync("/health/ready");

        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.ServiceUnavailable));
    }

    [Test]
    public async Task Start_InvalidRouteFile_ExitsNonZeroListingEveryErrorWithItsPath()
    {
        using var file = new RouteFile(new
        {
            Routes = new object[]
            {
                new { UpstreamPathTemplate = "api", DownstreamPathTemplate = "/x", DownstreamHostAndPorts = new[] { new { Host = "h", Port = 1 } } },
                new { UpstreamPathTemplate = "/b", DownstreamPathTemplate = "/b" },
            },
        });
        var environment = new Dictionary<string, string?>
        {
            ["Gateway__RouteFile"] = file.Path,
            ["ASPNETCORE_URLS"] = "http://127.0.0.1:0",
            ["ASPNETCORE_ENVIRONMENT"] = "Test",
            // The default authority is plain HTTP: without this the Jwt check, not the route file, stops it.
            ["Jwt__RequireHttpsMetadata"] = "false",
        };

        var (exitCode, output) = await DotnetProgram.RunAsync("Gateway.dll", environment, TimeSpan.FromSeconds(60));

        Assert.That(exitCode, Is.EqualTo(1), output);
        Assert.That(output, Does.Contain("Routes[0].UpstreamPathTemplate").And.Contain("Routes[1].DownstreamHostAndPorts"));
    }
}
