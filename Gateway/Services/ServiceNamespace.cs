namespace Gateway.Services;

/// <summary>
/// The namespace of a discovered service: the route's <c>ServiceNamespace</c>, else the global
/// <c>ServiceDiscoveryProvider.Namespace</c>, else the pod's own namespace, else <c>default</c>.
/// </summary>
internal static class ServiceNamespace
{
    private const string PodNamespaceFile = "/var/run/secrets/kubernetes.io/serviceaccount/namespace";

    private static readonly Lazy<string> PodNamespace = new(ReadPodNamespace);

    public static string Resolve(string? routeNamespace, string? globalNamespace) =>
        !string.IsNullOrWhiteSpace(routeNamespace) ? routeNamespace.Trim()
        : !string.IsNullOrWhiteSpace(globalNamespace) ? globalNamespace.Trim()
        : PodNamespace.Value;

    private static string ReadPodNamespace()
    {
        try
        {
            var value = File.Exists(PodNamespaceFile) ? File.ReadAllText(PodNamespaceFile).Trim() : string.Empty;
            return value.Length > 0 ? value : "default";
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return "default";
        }
    }
}
