using Gateway.Configuration.File;
using Gateway.Routing;

namespace Gateway.Configuration;

/// <summary>No two routes (or aggregates) may share upstream template and host with overlapping methods.</summary>
internal static class DuplicateRouteCheck
{
    public static void Run(FileConfiguration file, List<string> errors)
    {
        var entries = file.AllRoutes()
            .Select(r => (r.Path, Template: r.Route.UpstreamPathTemplate, Host: r.Route.UpstreamHost, Methods: r.Route.UpstreamHttpMethod))
            .Concat(file.Aggregates.Select((a, i) => (Path: $"Aggregates[{i}]", Template: a.UpstreamPathTemplate, Host: a.UpstreamHost,
                Methods: a.UpstreamHttpMethod.Count == 0 ? ["GET"] : a.UpstreamHttpMethod)))
            .Where(e => !string.IsNullOrWhiteSpace(e.Template))
            .ToList();
        for (var i = 0; i < entries.Count; i++)
        {
            for (var j = 0; j < i; j++)
            {
                if (Same(entries[i].Template, entries[j].Template) && Same(entries[i].Host, entries[j].Host)
                    && Overlap(entries[i].Methods, entries[j].Methods))
                {
                    errors.Add($"{entries[i].Path}.UpstreamPathTemplate: '{entries[i].Template}' duplicates {entries[j].Path} (same host and overlapping methods).");
                    break;
                }
            }
        }
    }

    private static bool Same(string? a, string? b) =>
        string.Equals(RouteSettings.NonEmpty(a), RouteSettings.NonEmpty(b), StringComparison.OrdinalIgnoreCase);

    private static bool Overlap(List<string> a, List<string> b) =>
        a.Count == 0 || b.Count == 0 || a.Intersect(b, StringComparer.OrdinalIgnoreCase).Any();
}
