using Gateway.Configuration.File;
using Gateway.Services;
using Microsoft.Extensions.Logging.Abstractions;

namespace Gateway.Tests.Unit.Routing;

public sealed class StaticHostResolverTests
{
    [Test]
    public async Task ResolveAsync_AddressesAndLocalhost_GiveOneInstanceEach()
    {
        var resolver = new StaticHostResolver(NullLogger<StaticHostResolver>.Instance);
        List<FileHostAndPort> hosts = [new() { Host = "localhost", Port = 5101 }, new() { Host = "10.0.0.7", Port = 8080 }, new() { Host = "::1", Port = 81 }];

        var instances = await resolver.ResolveAsync("users", hosts, [], CancellationToken.None);

        Assert.That(instances.Select(i => (i.Address, i.SelectPort("http"))), Is.EqualTo(new (string, int?)[] { ("localhost", 5101), ("10.0.0.7", 8080), ("::1", 81) }));
    }

    [Test]
    public async Task ResolveAsync_HostName_GivesOneInstancePerAddress()
    {
        var resolver = new StaticHostResolver(NullLogger<StaticHostResolver>.Instance);
        var expected = (await System.Net.Dns.GetHostAddressesAsync(System.Net.Dns.GetHostName())).Select(a => a.ToString()).Distinct();

        var instances = await resolver.ResolveAsync("users", [new() { Host = System.Net.Dns.GetHostName(), Port = 80 }], [], CancellationToken.None);

        Assert.That(instances.Select(i => i.Address), Is.EquivalentTo(expected));
    }
}
