using System.Net;
using System.Net.Sockets;
using Gateway.Configuration.File;
using Gateway.Discovery;
using Gateway.Logging;

namespace Gateway.Services;

/// <summary>Turns static registry entries into instances: one per address a host name resolves to.</summary>
internal sealed class StaticHostResolver(ILogger<StaticHostResolver> logger)
{
    public async Task<ServiceInstance[]> ResolveAsync(string service, List<FileHostAndPort> hosts,
        IReadOnlyList<ServiceInstance> previous, CancellationToken cancellationToken)
    {
        var instances = new List<ServiceInstance>();
        foreach (var entry in hosts)
        {
            var host = entry.Host!.Trim();
            foreach (var address in await AddressesAsync(service, host, entry.Port, previous, cancellationToken))
            {
                instances.Add(new ServiceInstance(address, [new KeyValuePair<string, int>(string.Empty, entry.Port)]));
            }
        }

        return [.. instances.DistinctBy(i => (i.Address, i.Ports[0].Value))];
    }

    private async Task<IEnumerable<string>> AddressesAsync(string service, string host, int port,
        IReadOnlyList<ServiceInstance> previous, CancellationToken cancellationToken)
    {
        // localhost stays a name: it resolves to both loopbacks, and a local service often listens on one.
        if (IPAddress.TryParse(host, out _) || host.Equals("localhost", StringComparison.OrdinalIgnoreCase))
        {
            return [host];
        }

        try
        {
            var addresses = await Dns.GetHostAddressesAsync(host, cancellationToken);
            return addresses.Where(a => a.AddressFamily is AddressFamily.InterNetwork or AddressFamily.InterNetworkV6)
                .Select(a => a.ToString());
        }
        catch (SocketException e)
        {
            // Keep the last known addresses: a DNS blip must not empty the service.
            GatewayLog.StaticResolveFailed(logger, host, service, e.Message);
            return previous.Where(i => i.Ports.Count > 0 && i.Ports[0].Value == port).Select(i => i.Address);
        }
    }
}
