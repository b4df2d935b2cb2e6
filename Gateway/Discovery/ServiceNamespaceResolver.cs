namespace Gateway.Discovery;

/// <summary>Resolves the namespace of a discovered route per the spec (§4).</summary>
public static class ServiceNamespaceResolver
{
    private const string PodNamespaceFile = "/var/run/secrets/kubernetes.io/serviceaccount/namespace";

    private static readonly Lazy<string?> PodNamespace = new(ReadPodNamespace);

    /// <summary>
    /// The route's <c>ServiceNamespace</c>, else the global <c>Namespace</c>, else the pod's own
    /// namespace (from its service account), else <c>default</c>.
    /// </summary>
    public static string Resolve(string? routeNamespace, string? globalNamespace)
    {
        if (!string.IsNullOrWhiteSpace(routeNamespace))
        {
            return routeNamespace.Trim();
        }

        if (!string.IsNullOrWhiteSpace(globalNamespace))
        {
            return globalNamespace.Trim();
        }

        return PodNamespace.Value ?? "default";
    }

    private static string? ReadPodNamespace()
    {
        try
        {
            var value = File.Exists(PodNamespaceFile) ? File.ReadAllText(PodNamespaceFile).Trim() : null;
            return string.IsNullOrEmpty(value) ? null : value;
        }
        catch (IOException)
        {
            return null;
        }
        catch (UnauthorizedAccessException)
        {
            return null;
        }
    }
}
