// TEMPORARY (gateway branch only): lets the gateway branch compile before the discovery branch is
// merged. The discovery branch provides the real KubernetesDiscoveryOptions and
// AddKubernetesServiceDiscovery with this exact signature; delete this file at merge.
namespace Gateway.Discovery;

/// <summary>Placeholder of the discovery branch's options (same shape).</summary>
public sealed class KubernetesDiscoveryOptions
{
    public string? Host { get; set; }

    public int? Port { get; set; }

    public string? Scheme { get; set; }

    public string? Token { get; set; }

    public string? Namespace { get; set; }

    public int? PollingInterval { get; set; }
}

/// <summary>Placeholder of the discovery branch's registration (same signature).</summary>
public static class KubernetesDiscoveryServiceCollectionExtensions
{
    public static IServiceCollection AddKubernetesServiceDiscovery(this IServiceCollection services, Action<KubernetesDiscoveryOptions>? configure = null) =>
        throw new InvalidOperationException("Kubernetes discovery comes from the discovery branch; this gateway-branch build cannot use Type Kube.");
}
