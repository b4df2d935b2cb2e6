extern alias GatewayApp;
extern alias PostServiceApp;
extern alias UserServiceApp;

using System.Net;
using Deployment.Tests.Support;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;

namespace Deployment.Tests.Kubernetes;

/// <summary>Every HTTP probe path in the manifests is served by the program it probes.</summary>
[TestFixture]
public sealed class ProbeEndpointTests
{
    private string _dataDirectory = null!;

    [SetUp]
    public void CreateDataDirectory() =>
        _dataDirectory = Directory.CreateDirectory(Path.Combine(Path.GetTempPath(), "probe-tests-" + Guid.NewGuid().ToString("N"))).FullName;

    [TearDown]
    public void DeleteDataDirectory()
    {
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        Directory.Delete(_dataDirectory, recursive: true);
    }

    [Test]
    public Task UserService_ProbePaths_Answer200() =>
        AssertProbesAnswerAsync("userservice", new WebApplicationFactory<UserServiceApp::Program>(), "Development");

    [Test]
    public Task PostService_ProbePaths_Answer200() =>
        AssertProbesAnswerAsync("postservice", new WebApplicationFactory<PostServiceApp::Program>(), "Development");

    [Test]
    public Task Gateway_ProbePaths_Answer200() =>
        // Local: the static overlay (ocelot.Local.json) stands in for Kubernetes discovery.
        AssertProbesAnswerAsync("gateway", new WebApplicationFactory<GatewayApp::Program>(), "Local");

    private async Task AssertProbesAnswerAsync<TEntryPoint>(string workload, WebApplicationFactory<TEntryPoint> factory, string environment)
        where TEntryPoint : class
    {
        var manifests = await RenderedManifests.LoadAsync();
        var paths = manifests.Workloads.Single(w => w.Name == workload).Pod.Containers
            .SelectMany(ProbeConfigurationTests.Probes)
            .Select(p => p.Probe.HttpGet?.Path)
            .OfType<string>()
            .Distinct()
            .ToList();
        await using var baseFactory = factory;
        await using var app = factory.WithWebHostBuilder(builder => builder
            .UseEnvironment(environment)
            .UseSetting("Database:Provider", "Sqlite")
            .UseSetting("Database:DataDirectory", _dataDirectory)
            .UseSetting("Gateway:RouteFile", RepositoryRoot.Combine("ocelot.json")));
        using var client = app.CreateClient();
        var statuses = new List<string>();

        foreach (var path in paths)
        {
            using var response = await client.GetAsync(new Uri(path, UriKind.Relative));
            statuses.Add($"{path}: {(int)response.StatusCode}");
        }

        Assert.That(paths, Is.Not.Empty);
        Assert.That(statuses, Is.EqualTo(paths.Select(p => $"{p}: {(int)HttpStatusCode.OK}").ToList()));
    }
}
