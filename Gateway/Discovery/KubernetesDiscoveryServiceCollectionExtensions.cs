using k8s;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Options;

namespace Gateway.Discovery;

/// <summary>Registers the Kubernetes EndpointSlice discovery.</summary>
public static class KubernetesDiscoveryServiceCollectionExtensions
{
    /// <summary>
    /// Registers <see cref="IServiceDiscovery"/> backed by a list+watch of EndpointSlices, running as
    /// a hosted service. An <see cref="IKubernetes"/> registered by the caller (tests pointing at a fake
    /// API server) is used as is; otherwise one is built from the pod's service account, else
    /// <see cref="KubernetesDiscoveryOptions.Host"/>, else the kubeconfig.
    /// </summary>
    public static IServiceCollection AddKubernetesServiceDiscovery(
        this IServiceCollection services,
        Action<KubernetesDiscoveryOptions>? configure = null)
    {
        ArgumentNullException.ThrowIfNull(services);

        var options = services.AddOptions<KubernetesDiscoveryOptions>()
            .Validate(o => o.Port is null or (> 0 and <= 65535), "ServiceDiscoveryProvider Port must be between 1 and 65535.")
            .Validate(o => string.IsNullOrWhiteSpace(o.Scheme) || o.Scheme.Trim() is "http" or "https", "ServiceDiscoveryProvider Scheme must be http or https.")
            .ValidateOnStart();
        if (configure is not null)
        {
            options.Configure(configure);
        }

        services.TryAddSingleton<IKubernetes>(sp =>
            new Kubernetes(KubernetesClientConfigurationFactory.Create(sp.GetRequiredService<IOptions<KubernetesDiscoveryOptions>>().Value)));
        services.TryAddSingleton<KubernetesServiceDiscovery>();
        services.TryAddSingleton<IServiceDiscovery>(sp => sp.GetRequiredService<KubernetesServiceDiscovery>());
        services.AddSingleton<IHostedService>(sp => sp.GetRequiredService<KubernetesServiceDiscovery>());
        return services;
    }
}
