using Gateway.Discovery;
using k8s;

namespace Gateway.Tests.Discovery;

public sealed class KubernetesClientConfigurationFactoryTests
{
    [TestCase(null, "api.example", null, "https://api.example")]
    [TestCase("http", "127.0.0.1", 8001, "http://127.0.0.1:8001")]
    [TestCase("https", "kubernetes.default.svc", 443, "https://kubernetes.default.svc")]
    [TestCase(" https ", " api.example ", 6443, "https://api.example:6443")]
    public void BuildHostUrl_RouteFileValues_GivesApiServerUrl(string? scheme, string host, int? port, string expected)
    {
        var options = new KubernetesDiscoveryOptions { Scheme = scheme, Host = host, Port = port };

        var url = KubernetesClientConfigurationFactory.BuildHostUrl(options);

        Assert.That(url, Is.EqualTo(expected));
    }

    [Test]
    public void Create_OutsideClusterWithHost_UsesHostAndToken()
    {
        Assume.That(KubernetesClientConfiguration.IsInCluster(), Is.False, "in a pod the service account wins");
        var options = new KubernetesDiscoveryOptions { Scheme = "http", Host = "127.0.0.1", Port = 8001, Token = "t0ken" };

        var config = KubernetesClientConfigurationFactory.Create(options);

        Assert.That(config.Host, Is.EqualTo("http://127.0.0.1:8001"));
        Assert.That(config.AccessToken, Is.EqualTo("t0ken"));
    }

    [Test]
    public void Create_OutsideClusterWithHostAndNoToken_SendsNoToken()
    {
        Assume.That(KubernetesClientConfiguration.IsInCluster(), Is.False, "in a pod the service account wins");
        var options = new KubernetesDiscoveryOptions { Host = "api.example", Token = "" };

        var config = KubernetesClientConfigurationFactory.Create(options);

        Assert.That(config.AccessToken, Is.Null);
    }
}
