using System.Net;
using Gateway.Tests.Integration.Support;
using Microsoft.Extensions.DependencyInjection;
using Yarp.ReverseProxy;
using Yarp.ReverseProxy.Model;

namespace Gateway.Tests.Integration;

public sealed class ProxyingTests
{
    [Test]
    public async Task Get_RoundRobinOverTwoInstances_SpreadsEvenly()
    {
        await using var a = await TestBackend.StartAsync("a");
        await using var b = await TestBackend.StartAsync("b");
        var discovery = new FakeServiceDiscovery();
        discovery.Set("users", a, b);
        using var file = new RouteFile(Routes.File([
            Routes.ByService("/api/users/{everything}", "/api/users/{everything}", "users")
                .With("LoadBalancerOptions", new { Type = "RoundRobin" }),
        ]));
        await using var gateway = GatewayFactory.Start(file.Path, discovery);
        using var client = gateway.Client();

        for (var i = 0; i < 20; i++)
        {
            await (await client.GetAsync($"/api/users/{i}")).EchoAsync();
        }

        Assert.That((a.Requests.Count, b.Requests.Count), Is.EqualTo((10, 10)));
    }

    [Test]
    public async Task Get_FirstInstanceStopped_RetriesOnAnotherAndEjectsIt()
    {
        await using var dead = await TestBackend.StartAsync("dead");
        await using var live = await TestBackend.StartAsync("live");
        var discovery = new FakeServiceDiscovery();
        discovery.Set("users", dead, live);
        using var file = new RouteFile(Routes.File([Routes.ByService("/api/{everything}", "/api/{everything}", "users")
            .With("LoadBalancerOptions", new { Type = "RoundRobin" })]));
        await using var gateway = GatewayFactory.Start(file.Path, discovery);
        using var client = gateway.Client();
        await dead.StopAsync();

        var statuses = new List<HttpStatusCode>();
        for (var i = 0; i < 10; i++)
        {
            statuses.Add((await client.GetAsync($"/api/items/{i}")).StatusCode);
        }

        Assert.That(statuses, Is.All.EqualTo(HttpStatusCode.OK));
        Assert.That(live.Requests, Has.Count.EqualTo(10));
        Assert.That(await Http.EventuallyAsync(() => Task.FromResult(PassiveHealthOf(gateway, dead) == DestinationHealth.Unhealthy)), Is.True);
    }

    [Test]
    public async Task Post_InstanceRefusesConnection_IsNotRetried()
    {
        await using var dead = await TestBackend.StartAsync("dead");
        await using var live = await TestBackend.StartAsync("live");
        var discovery = new FakeServiceDiscovery();
        discovery.Set("users", dead, live);
        using var file = new RouteFile(Routes.File([Routes.ByService("/api/{everything}", "/api/{everything}", "users")]));
        await using var gateway = GatewayFactory.Start(file.Path, discovery);
        using var client = gateway.Client();
        await dead.StopAsync();

        using var response = await client.PostAsync("/api/items", new StringContent("{}"));

        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.BadGateway));
        Assert.That((await response.ProblemAsync()).GetProperty("status").GetInt32(), Is.EqualTo(502));
        Assert.That(live.Requests, Is.Empty);
    }

    [Test]
    public async Task Put_FirstInstanceRefusesConnection_IsRetriedWithItsBody()
    {
        await using var dead = await TestBackend.StartAsync("dead");
        await using var live = await TestBackend.StartAsync("live");
        var discovery = new FakeServiceDiscovery();
        discovery.Set("users", dead, live);
        using var file = new RouteFile(Routes.File([Routes.ByService("/api/{everything}", "/api/{everything}", "users")]));
        await using var gateway = GatewayFactory.Start(file.Path, discovery);
        using var client = gateway.Client();
        await dead.StopAsync();

        var echo = await (await client.PutAsync("/api/items/1", new StringContent("{\"name\":\"x\"}"))).EchoAsync();

        Assert.That((echo.Backend, echo.BodyLength), Is.EqualTo(("live", 12L)));
    }

    [Test]
    public async Task Get_OnlyInstanceEjectedAfterATimeout_StillServesTheNextRequest()
    {
        await using var backend = await TestBackend.StartAsync("slow-once");
        var discovery = new FakeServiceDiscovery();
        discovery.Set("users", backend);
        using var file = new RouteFile(Routes.File([Routes.ByService("/api/{everything}", "/api/{everything}", "users")
            .With("QoSOptions", new { TimeoutValue = 500 })]));
        await using var gateway = GatewayFactory.Start(file.Path, discovery);
        using var client = gateway.Client();
        using var timedOut = await client.GetAsync("/api/slow");
        var ejected = await Http.EventuallyAsync(() => Task.FromResult(PassiveHealthOf(gateway, backend) == DestinationHealth.Unhealthy));

        using var next = await client.GetAsync("/api/items");

        Assert.That((timedOut.StatusCode, ejected), Is.EqualTo((HttpStatusCode.GatewayTimeout, true)));
        Assert.That(next.StatusCode, Is.EqualTo(HttpStatusCode.OK));
    }

    [Test]
    public async Task Get_NoInstances_Answers503Problem()
    {
        var discovery = new FakeServiceDiscovery();
        using var file = new RouteFile(Routes.File([Routes.ByService("/api/{everything}", "/api/{everything}", "users")]));
        await using var gateway = GatewayFactory.Start(file.Path, discovery);
        using var client = gateway.Client();

        using var response = await client.GetAsync("/api/items");

        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.ServiceUnavailable));
        Assert.That((await response.ProblemAsync()).GetProperty("traceId").GetString(), Is.Not.Empty);
    }

    [Test]
    public async Task Get_StaticHostsRoute_ReachesTheHost()
    {
        await using var backend = await TestBackend.StartAsync("static");
        using var file = new RouteFile(Routes.File([Routes.ByHost("/x/{rest}", "/y/{rest}", backend)]));
        await using var gateway = GatewayFactory.Start(file.Path);
        using var client = gateway.Client();

        var echo = await (await client.GetAsync("/x/a/b?q=1&r=2")).EchoAsync();

        Assert.That((echo.Path, echo.Query), Is.EqualTo(("/y/a/b", "?q=1&r=2")));
    }

    [Test]
    public async Task Get_StaticRegistryByServiceName_ReachesTheService()
    {
        await using var backend = await TestBackend.StartAsync("registry");
        var global = new { ServiceDiscoveryProvider = new { Type = "Static", Services = new { users = new[] { new { Host = "127.0.0.1", backend.Port } } } } };
        using var file = new RouteFile(Routes.File([Routes.ByService("/api/users/{id}", "/users/{id}", "users")], global));
        await using var gateway = GatewayFactory.Start(file.Path);
        using var client = gateway.Client();

        var echo = await (await client.GetAsync("/api/users/42")).EchoAsync();

        Assert.That((echo.Backend, echo.Path), Is.EqualTo(("registry", "/users/42")));
    }

    [TestCase(404)]
    [TestCase(409)]
    [TestCase(500)]
    [TestCase(503)]
    public async Task Get_DownstreamAnswersError_PassesItThroughUntouched(int status)
    {
        await using var backend = await TestBackend.StartAsync("errors");
        using var file = new RouteFile(Routes.File([Routes.ByHost("/{everything}", "/{everything}", backend)]));
        await using var gateway = GatewayFactory.Start(file.Path);
        using var client = gateway.Client();

        using var response = await client.GetAsync($"/status/{status}");

        Assert.That((int)response.StatusCode, Is.EqualTo(status));
        Assert.That(response.Content.Headers.ContentType?.MediaType, Is.EqualTo("text/plain"));
        Assert.That(await response.Content.ReadAsStringAsync(), Is.EqualTo($"backend errors says {status}"));
    }





    private static DestinationHealth? PassiveHealthOf(GatewayFactory gateway, TestBackend backend)
    {
        var lookup = gateway.Services.GetRequiredService<IProxyStateLookup>();
        return lookup.GetClusters()
            .SelectMany(c => c.Destinations.Values)
            .FirstOrDefault(d => d.Model.Config.Address.EndsWith($":{backend.Port}", StringComparison.Ordinal))
            ?.Health.Passive;
    }
}
