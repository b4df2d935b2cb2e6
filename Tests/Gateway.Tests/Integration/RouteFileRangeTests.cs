using Gateway.Services;
using Gateway.Tests.Integration.Support;
using Microsoft.Extensions.DependencyInjection;

namespace Gateway.Tests.Integration;

/// <summary>An out-of-range number in a changed route file is a rejected reload, not a crash of the reload.</summary>
public sealed class RouteFileRangeTests
{
    private const string OverflowingPeriod = "99999999999999999999d";

    [Test]
    public async Task RouteFileChanged_PeriodOverflowingATimeSpan_IsRejectedAndLastGoodStays()
    {
        await using var backend = await TestBackend.StartAsync("reload");
        using var file = new RouteFile(Routes.File([Routes.ByHost("/old/{x}", "/old/{x}", backend)]));
        await using var gateway = GatewayFactory.Start(file.Path);
        using var client = gateway.Client();
        var store = gateway.Services.GetRequiredService<RouteConfigStore>();

        file.Write(Routes.File([Routes.ByHost("/old/{x}", "/old/{x}", backend)
            .With("RateLimitOptions", new { Limit = 1, Period = OverflowingPeriod })]));

        Assert.That(await Http.EventuallyAsync(() => Task.FromResult(store.RejectedReloads > 0)), Is.True);
        Assert.That((await client.GetAsync("/old/1")).IsSuccessStatusCode, Is.True);
    }
}
