using System.Text.Json;
using System.Text.Json.Nodes;

namespace EndToEnd.Tests.Infrastructure;

/// <summary>
/// The gateway's route file for a test run: a copy of the repository's root <c>ocelot.json</c>
/// (the file every environment ships) plus an <c>ocelot.{Environment}.json</c> overlay that only
/// says where the services are, exactly as <c>ocelot.Local.json</c> does for a developer.
/// </summary>
internal static class GatewayRouteFiles
{
    public const string Environment = "EndToEnd";

    private static readonly JsonSerializerOptions Indented = new() { WriteIndented = true };

    /// <summary>Static discovery: each service name maps to loopback instances on the given ports.</summary>
    public static string WriteStatic(string directory, IReadOnlyDictionary<string, IReadOnlyList<int>> services)
    {
        var instances = new JsonObject();
        foreach (var (service, ports) in services)
        {
            instances[service] = new JsonArray([.. ports.Select(port => (JsonNode)new JsonObject { ["Host"] = "127.0.0.1", ["Port"] = port })]);
        }

        return Write(directory, new JsonObject { ["Type"] = "Static", ["Services"] = instances });
    }

    /// <summary>Kubernetes discovery against an API server on loopback (the fake one in tests).</summary>
    public static string WriteKube(string directory, Uri apiServer, string kubernetesNamespace) =>
        Write(directory, new JsonObject
        {
            ["Type"] = "Kube",
            ["Scheme"] = apiServer.Scheme,
            ["Host"] = apiServer.Host,
            ["Port"] = apiServer.Port,
            ["Namespace"] = kubernetesNamespace,
        });

    /// <summary>The header the route file names for rate-limit client ids (Ocelot's default otherwise).</summary>
    public static string ClientIdHeader()
    {
        using var stream = File.OpenRead(RepositoryLayout.RouteFile);
        var root = JsonNode.Parse(stream, documentOptions: new JsonDocumentOptions { CommentHandling = JsonCommentHandling.Skip, AllowTrailingCommas = true });
        var global = Child(root, "GlobalConfiguration");
        var limits = Child(global, "RateLimitOptions");
        return (Child(limits, "ClientIdHeader") ?? Child(limits, "ClientId"))?.GetValue<string>() ?? "Oc-Client";
    }

    private static string Write(string directory, JsonObject discovery)
    {
        Directory.CreateDirectory(directory);
        var routeFile = Path.Combine(directory, "ocelot.json");
        File.Copy(RepositoryLayout.RouteFile, routeFile, overwrite: true);
        var overlay = new JsonObject { ["GlobalConfiguration"] = new JsonObject { ["ServiceDiscoveryProvider"] = discovery } };
        File.WriteAllText(Path.Combine(directory, $"ocelot.{Environment}.json"), overlay.ToJsonString(Indented));
        return routeFile;
    }

    // The route file's keys are case-insensitive (it is read through IConfiguration).
    private static JsonNode? Child(JsonNode? node, string name) =>
        node is JsonObject obj
            ? obj.FirstOrDefault(p => string.Equals(p.Key, name, StringComparison.OrdinalIgnoreCase)).Value
            : null;
}
