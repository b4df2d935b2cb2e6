namespace Gateway.Discovery;

/// <summary>Identifies a discoverable service: a Kubernetes Service in a namespace.</summary>
/// <param name="Namespace">The namespace.</param>
/// <param name="Name">The Service name (the EndpointSlice label <c>kubernetes.io/service-name</c>).</param>
public sealed record ServiceKey(string Namespace, string Name)
{
    public override string ToString() => $"{Namespace}/{Name}";
}
