using k8s;

namespace Gateway.Discovery;

/// <summary>Picks the API server credentials in the order of the route-file spec (§4).</summary>
internal static class KubernetesClientConfigurationFactory
{
    public static KubernetesClientConfiguration Create(KubernetesDiscoveryOptions options)
    {
        if (KubernetesClientConfiguration.IsInCluster())
        {
            // In a pod the service account is least privilege (RBAC on endpointslices only) and rotates itself.
            return KubernetesClientConfiguration.InClusterConfig();
        }

        if (!string.IsNullOrWhiteSpace(options.Host))
        {
            return new KubernetesClientConfiguration
            {
                Host = BuildHostUrl(options),
                AccessToken = string.IsNullOrEmpty(options.Token) ? null : options.Token,
            };
        }

        return KubernetesClientConfiguration.BuildConfigFromConfigFile();
    }

    internal static string BuildHostUrl(KubernetesDiscoveryOptions options)
    {
        var scheme = string.IsNullOrWhiteSpace(options.Scheme) ? Uri.UriSchemeHttps : options.Scheme.Trim();
        var builder = new UriBuilder(scheme, options.Host!.Trim()) { Port = options.Port ?? -1 };
        return builder.Uri.GetLeftPart(UriPartial.Authority);
    }
}
