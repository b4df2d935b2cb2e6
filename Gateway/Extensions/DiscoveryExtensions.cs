using Gateway.Discovery;
using Gateway.Services;

namespace Gateway.Extensions;

internal static class DiscoveryExtensions
{
    private static readonly string[] KubernetesTypes = ["Kube", "PollKube", "WatchKube"];

    /// <summary>
    /// The one place that picks the <see cref="IServiceDiscovery"/>: the Kubernetes EndpointSlice
    /// watch for <c>Kube</c>, <c>PollKube</c> and <c>WatchKube</c>, else the static registry (ours).
    /// The type is read once at startup; switching it needs a restart.
    /// </summary>
    public static WebApplicationBuilder AddServiceDiscovery(this WebApplicationBuilder builder)
    {
        var section = builder.Configuration.GetSection("GlobalConfiguration:ServiceDiscoveryProvider");
        var type = section["Type"]?.Trim() ?? string.Empty;
        if (KubernetesTypes.Contains(type, StringComparer.OrdinalIgnoreCase))
        {
            builder.Services.AddKubernetesServiceDiscovery(options => section.Bind(options));
            return builder;
        }

        builder.Services.AddSingleton<StaticHostResolver>();
        builder.Services.AddSingleton<StaticServiceDiscovery>();
        builder.Services.AddSingleton<IServiceDiscovery>(sp => sp.GetRequiredService<StaticServiceDiscovery>());
        builder.Services.AddHostedService(sp => sp.GetRequiredService<StaticServiceDiscovery>());
        return builder;
    }
}
