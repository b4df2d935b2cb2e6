namespace Gateway.Configuration.File;

/// <summary>Where service instances come from.</summary>
public sealed class FileServiceDiscoveryProvider
{
    /// <summary><c>Kube</c>, <c>PollKube</c>, <c>WatchKube</c> or (ours) <c>Static</c>.</summary>
    public string? Type { get; set; }

    public string? Namespace { get; set; }

    public string? Scheme { get; set; }

    public string? Host { get; set; }

    public int? Port { get; set; }

    public string? Token { get; set; }

    public int? PollingInterval { get; set; }

    public string? ConfigurationKey { get; set; }

    /// <summary>Ours: the static registry of <c>Type: Static</c>, service name → addresses.</summary>
    public Dictionary<string, List<FileHostAndPort>> Services { get; set; } = new(StringComparer.OrdinalIgnoreCase);
}
