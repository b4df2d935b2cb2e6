using System.Net;
using Gateway.Tests.Integration.Support;

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
}
