using Gateway.Services;
using Gateway.Tests.Integration.Support;
using Microsoft.Extensions.DependencyInjection;

namespace Gateway.Tests.Integration;

public sealed class ReloadTests
{
    [Test]
    public async Task RouteFileChanged_Valid_NewRoutesReplaceOld()
    {
        await using var backend = await TestBackend.StartAsync("reload");
        using var file = new RouteFile(Routes.File([Routes.ByHost("/old/{x}", "/old/{x}", backend)]));
        await using var gateway = GatewayFactory.Start(file.Path);
        using var client = gateway.Client();
        await (await client.GetAsync("/old/1")).EchoAsync();

        file.Write(Routes.File([Routes.ByHost("/new/{x}", "/renamed/{x}", backend)]));

        Assert.That(await Http.EventuallyAsync(async () => (await client.GetAsync("/new/1")).IsSuccessStatusCode), Is.True);
        Assert.That((await client.GetAsync("/old/1")).StatusCode, Is.EqualTo(System.Net.HttpStatusCode.NotFound));
    }

    [TestCase("{ \"Routes\": [ { \"UpstreamPathTemplate\": \"no-slash\", \"DownstreamPathTemplate\": \"/x\" } ] }", TestName = "Invalid route keeps last good")]
    [TestCase("{ \"Routes\": [ ", TestName = "Malformed JSON keeps last good")]
    public async Task RouteFileChanged_Invalid_LastGoodStaysInForce(string invalid)
    {
        await using var backend = await TestBackend.StartAsync("reload");
        using var file = new RouteFile(Routes.File([Routes.ByHost("/old/{x}", "/old/{x}", backend)]));
        await using var gateway = GatewayFactory.Start(file.Path);
        using var client = gateway.Client();

        var store = gateway.Services.GetRequiredService<RouteConfigStore>();

        file.WriteText(invalid);

        Assert.That(await Http.EventuallyAsync(() => Task.FromResult(store.RejectedReloads > 0)), Is.True);
        Assert.That((await client.GetAsync("/old/1")).IsSuccessStatusCode, Is.True);
    }
}
