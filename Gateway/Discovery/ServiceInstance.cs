namespace Gateway.Discovery;

/// <summary>One routable instance of a service, after kube-proxy's endpoint selection.</summary>
/// <param name="Address">The IP address (or host name) of the instance.</param>
/// <param name="Ports">The ports the instance serves, by port name (an unnamed port has the key "").
/// Kept in the EndpointSlice's order so the first one is known.</param>
public sealed record ServiceInstance(string Address, IReadOnlyList<KeyValuePair<string, int>> Ports)
{
    /// <summary>The port named like <paramref name="scheme"/>, else the first port, per the spec §4.</summary>
    public int? SelectPort(string scheme)
    {
        foreach (var (name, port) in Ports)
        {
            if (string.Equals(name, scheme, StringComparison.OrdinalIgnoreCase))
            {
                return port;
            }
        }

        return Ports.Count > 0 ? Ports[0].Value : null;
    }
}
