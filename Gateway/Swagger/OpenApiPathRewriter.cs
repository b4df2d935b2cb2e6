using System.Text.Json.Nodes;
using Gateway.Routing;

namespace Gateway.Swagger;

/// <summary>
/// Rewrites a downstream OpenAPI document to the gateway's view: each operation's path becomes the
/// upstream path of the first route (in selection order) that reaches it; operations no route
/// reaches are dropped; the server is the gateway. Security schemes are kept.
/// </summary>
internal static class OpenApiPathRewriter
{
    private static readonly string[] Verbs = ["get", "put", "post", "delete", "options", "head", "patch", "trace"];

    public static JsonObject Rewrite(JsonObject document, RouteTable table, string service, string gatewayUrl)
    {
        var paths = new JsonObject();
        if (document["paths"] is JsonObject original)
        {
            foreach (var (path, item) in original)
            {
                if (item is JsonObject operations)
                {
                    AddReachable(paths, path, operations, table, service);
                }
            }
        }

        document["paths"] = paths;
        document["servers"] = new JsonArray(new JsonObject { ["url"] = gatewayUrl });
        return document;
    }

    private static void AddReachable(JsonObject paths, string downstreamPath, JsonObject operations, RouteTable table, string service)
    {
        foreach (var (key, operation) in operations.ToList())
        {
            if (!Verbs.Contains(key, StringComparer.OrdinalIgnoreCase))
            {
                continue;
            }

            var upstream = UpstreamPathFor(table, service, key.ToUpperInvariant(), downstreamPath);
            if (upstream is null)
            {
                continue;
            }

            if (paths[upstream] is not JsonObject target)
            {
                target = new JsonObject();
                foreach (var (name, value) in operations.Where(p => !Verbs.Contains(p.Key, StringComparer.OrdinalIgnoreCase)))
                {
                    target[name] = value?.DeepClone();
                }

                paths[upstream] = target;
            }

            target[key] = operation?.DeepClone();
        }
    }

    private static string? UpstreamPathFor(RouteTable table, string service, string method, string downstreamPath)
    {
        foreach (var route in table.Routes)
        {
            if (route.Aggregate is not null || route.Downstream is null || ServiceOf(table, route) != service)
            {
                continue;
            }

            var downstream = UpstreamTemplate.Compile(route.Downstream.Text.Split('?')[0], caseSensitive: true);
            var match = downstream.Regex.Match(downstreamPath);
            if (!match.Success || (route.Methods.Length > 0 && !route.Methods.Contains(method)))
            {
                continue;
            }

            var upstream = DownstreamTemplate.Compile(route.Upstream.Text.Split('?')[0], downstream.PlaceholderNames).BuildPath(match);
            return FirstRouteFor(table, method, upstream) == route ? upstream : null;
        }

        return null;
    }

    private static GatewayRoute? FirstRouteFor(RouteTable table, string method, string path) =>
        table.Routes.FirstOrDefault(r => r.UpstreamHost is null && r.MatchesPath(method, path));

    public static string? ServiceOf(RouteTable table, GatewayRoute route) =>
        route.ClusterId is not null && table.Clusters.TryGetValue(route.ClusterId, out var cluster)
            ? cluster.Service?.Name ?? cluster.StaticHosts
            : null;
}
