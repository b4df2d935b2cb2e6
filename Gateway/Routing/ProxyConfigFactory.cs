using System.Globalization;
using System.Net;
using System.Net.Sockets;
using Gateway.Discovery;
using Gateway.Proxy;
using Yarp.ReverseProxy.Configuration;
using Yarp.ReverseProxy.Forwarder;
using Yarp.ReverseProxy.Health;
using Yarp.ReverseProxy.LoadBalancing;

namespace Gateway.Routing;

/// <summary>Translates a <see cref="RouteTable"/> plus the current instances into YARP routes and clusters.</summary>
internal static class ProxyConfigFactory
{
    public static IReadOnlyList<RouteConfig> Routes(RouteTable table)
    {
        var generation = table.Generation.ToString(CultureInfo.InvariantCulture);
        return table.Routes.Select(route => new RouteConfig
        {
            RouteId = route.Id,
            ClusterId = route.ClusterId,
            Order = route.Order,
            Match = new RouteMatch
            {
                Path = route.Upstream.AspNetPattern,
                Hosts = route.UpstreamHost is null ? null : [route.UpstreamHost],
            },
            Metadata = new Dictionary<string, string> { ["generation"] = generation, ["source"] = route.Path },
        }).ToArray();
    }

    public static IReadOnlyList<ClusterConfig> Clusters(RouteTable table, IServiceDiscovery discovery, TimeSpan reactivation)
    {
        var clusters = table.Clusters.Values.Select(spec => Cluster(spec, discovery, reactivation)).ToList();
        if (table.Routes.Any(r => r.Aggregate is not null))
        {
            clusters.Add(new ClusterConfig { ClusterId = RouteTableBuilder.AggregateClusterId });
        }

        return clusters;
    }

    private static ClusterConfig Cluster(ClusterSpec spec, IServiceDiscovery discovery, TimeSpan reactivation)
    {
        var sticky = spec.StickyCookie is not null;
        return new ClusterConfig
        {
            ClusterId = spec.CreateId(),
            LoadBalancingPolicy = LoadBalancingPolicy(spec.LoadBalancer),
            SessionAffinity = sticky
                ? new SessionAffinityConfig
                {
                    Enabled = true,
                    Policy = "HashCookie",
                    AffinityKeyName = spec.StickyCookie!,
                    Cookie = new SessionAffinityCookieConfig { Expiration = spec.StickyExpiry, HttpOnly = true },
                }
                : null,
            HealthCheck = new HealthCheckConfig
            {
                // When every instance has been ejected, try them all rather than answer 503 to
                // everyone: one slow moment on each instance must not become a 10 s outage.
                AvailableDestinationsPolicy = HealthCheckConstants.AvailableDestinations.HealthyOrPanic,
                Passive = new PassiveHealthCheckConfig { Enabled = true, Policy = TransportFailurePolicy.PolicyName, ReactivationPeriod = reactivation },
            },
            HttpClient = new HttpClientConfig
            {
                MaxConnectionsPerServer = spec.MaxConnectionsPerServer,
                DangerousAcceptAnyServerCertificate = spec.AcceptAnyServerCertificate,
                EnableMultipleHttp2Connections = true,
            },
            HttpRequest = new ForwarderRequestConfig
            {
                ActivityTimeout = spec.Timeout,
                Version = spec.HttpVersion.Contains('.', StringComparison.Ordinal) ? Version.Parse(spec.HttpVersion) : new Version(int.Parse(spec.HttpVersion, CultureInfo.InvariantCulture), 0),
                VersionPolicy = spec.VersionPolicy is null ? null : Enum.Parse<HttpVersionPolicy>(spec.VersionPolicy, ignoreCase: true),
                AllowResponseBuffering = false,
            },
            Destinations = Destinations(spec, discovery),
        };
    }

    private static string LoadBalancingPolicy(string type) => type.ToUpperInvariant() switch
    {
        "ROUNDROBIN" or "COOKIESTICKYSESSIONS" => LoadBalancingPolicies.RoundRobin,
        "LEASTCONNECTION" => LoadBalancingPolicies.LeastRequests,
        // Destination ids start with their position, so the first alphabetically is the first instance.
        _ => LoadBalancingPolicies.FirstAlphabetical,
    };

    private static Dictionary<string, DestinationConfig> Destinations(ClusterSpec spec, IServiceDiscovery discovery)
    {
        var addresses = spec.Service is { } service
            ? discovery.GetInstances(service)
                .Select(i => (Host: i.Address, Port: i.SelectPort(spec.Scheme)))
                .Where(a => a.Port is not null)
                .Select(a => (a.Host, Port: a.Port!.Value))
            : spec.StaticHosts.Split(',', StringSplitOptions.RemoveEmptyEntries)
                .Select(h => (Host: h[..h.LastIndexOf(':')], Port: int.Parse(h[(h.LastIndexOf(':') + 1)..], CultureInfo.InvariantCulture)));
        var destinations = new Dictionary<string, DestinationConfig>(StringComparer.Ordinal);
        var index = 0;
        foreach (var (host, port) in addresses)
        {
            var authority = $"{FormatHost(host)}:{port}";
            destinations.TryAdd($"{index++:D3}-{authority}", new DestinationConfig { Address = $"{spec.Scheme}://{authority}" });
        }

        return destinations;
    }

    private static string FormatHost(string host) =>
        IPAddress.TryParse(host, out var ip) && ip.AddressFamily == AddressFamily.InterNetworkV6 ? $"[{host}]" : host;
}
