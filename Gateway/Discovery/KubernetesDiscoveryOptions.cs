namespace Gateway.Discovery;

/// <summary>
/// How the gateway reaches the Kubernetes API server. The values come from the route file's
/// <c>GlobalConfiguration.ServiceDiscoveryProvider</c> section (Ocelot's keys), not from appsettings,
/// so the same route file works in every environment.
/// </summary>
public sealed class KubernetesDiscoveryOptions
{
    /// <summary>
    /// The API server host. Used only outside a pod (in a pod the service account is used);
    /// when empty there, the kubeconfig is used.
    /// </summary>
    public string? Host { get; set; }

    /// <summary>The API server port; empty means the scheme's default port.</summary>
    public int? Port { get; set; }

    /// <summary>The API server scheme, <c>https</c> when empty.</summary>
    public string? Scheme { get; set; }

    /// <summary>A bearer token for the API server (used with <see cref="Host"/>). Never logged.</summary>
    public string? Token { get; set; }

    /// <summary>The namespace of routes that name none; empty means the pod's own namespace.</summary>
    public string? Namespace { get; set; }

    /// <summary>
    /// Ocelot's <c>PollingInterval</c> (ms). Accepted for compatibility and ignored: endpoints are
    /// watched, so there is no poll window. Discovery logs once at start when it is set.
    /// </summary>
    public int? PollingInterval { get; set; }

    /// <summary>First delay before reconnecting to an unreachable API server; doubles up to the maximum.</summary>
    internal TimeSpan InitialReconnectDelay { get; set; } = TimeSpan.FromMilliseconds(500);

    /// <summary>Cap of the reconnect delay, so recovery after an API server outage stays prompt.</summary>
    internal TimeSpan MaxReconnectDelay { get; set; } = TimeSpan.FromSeconds(30);

    /// <summary>
    /// Server-side watch timeout. The API server ends the watch after it and we re-watch from the
    /// last resourceVersion; kept below HTTP idle timeouts of proxies in between.
    /// </summary>
    internal TimeSpan WatchTimeout { get; set; } = TimeSpan.FromMinutes(5);
}
