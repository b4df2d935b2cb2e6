using Gateway.Discovery;
using Gateway.Tests.Fakes.KubernetesApi;
using k8s;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Options;

namespace Gateway.Tests.Discovery;

public sealed class KubernetesDiscoveryServiceCollectionExtensionsTests
{
    [Test]
    public async Task AddKubernetesServiceDiscovery_InjectedClient_RunsAsHostedServiceAndSyncs()
    {
        await using var api = new FakeKubernetesApiServer();
        await api.StartAsync();
        api.SetEndpoints("microservices", "userservice", new EndpointSpec("10.0.0.1"));
        var builder = Host.CreateEmptyApplicationBuilder(new HostApplicationBuilderSettings());
        builder.Services.AddSingleton(api.CreateClient());
        builder.Services.AddKubernetesServiceDiscovery(o => o.Namespace = "microservices");
        using var host = builder.Build();
        var discovery = host.Services.GetRequiredService<IServiceDiscovery>();
        var users = new ServiceKey("microservices", "userservice");

        discovery.SetWatchedServices([users]);
        await host.StartAsync();

        Assert.That(host.Services.GetServices<IHostedService>(), Has.Some.SameAs(discovery));
        Assert.That(await Poll.UntilAsync(() => discovery.IsSynced), Is.True);
        Assert.That(discovery.GetInstances(users).Select(i => i.Address), Is.EqualTo(new[] { "10.0.0.1" }));
        await host.StopAsync();
        Assert.That(await Poll.UntilAsync(() => api.OpenWatchCount == 0), Is.True, "stopping the host must end the watches");
    }

    [Test]
    public void AddKubernetesServiceDiscovery_HostOutsideCluster_BuildsClientForThatHost()
    {
        Assume.That(KubernetesClientConfiguration.IsInCluster(), Is.False, "in a pod the service account wins");
        var services = new ServiceCollection().AddLogging();

        services.AddKubernetesServiceDiscovery(o => { o.Scheme = "http"; o.Host = "127.0.0.1"; o.Port = 8001; });
        using var provider = services.BuildServiceProvider();

        var client = (Kubernetes)provider.GetRequiredService<IKubernetes>();
        Assert.That(client.BaseUri, Is.EqualTo(new Uri("http://127.0.0.1:8001/")));
    }

    [TestCase(0, "https")]
    [TestCase(70000, "https")]
    [TestCase(443, "ftp")]
    public void AddKubernetesServiceDiscovery_InvalidOptions_FailsValidation(int port, string scheme)
    {
        var services = new ServiceCollection().AddLogging();
        services.AddKubernetesServiceDiscovery(o => { o.Host = "api.example"; o.Port = port; o.Scheme = scheme; });
        using var provider = services.BuildServiceProvider();

        Assert.That(() => provider.GetRequiredService<IOptions<KubernetesDiscoveryOptions>>().Value, Throws.TypeOf<OptionsValidationException>());
    }
}
