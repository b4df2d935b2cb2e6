namespace Gateway.Configuration;

/// <summary>
/// Finds the route file: <c>Gateway:RouteFile</c> when set (relative to the content root), else
/// <c>ocelot.json</c> in the content root, else next to the executable (where the build links it).
/// </summary>
internal static class RouteFileLocator
{
    public const string FileName = "ocelot.json";

    public static string Resolve(string? configured, string contentRoot)
    {
        if (!string.IsNullOrWhiteSpace(configured))
        {
            return Path.GetFullPath(configured, contentRoot);
        }

        var inContentRoot = Path.Combine(contentRoot, FileName);
        return System.IO.File.Exists(inContentRoot) ? inContentRoot : Path.Combine(AppContext.BaseDirectory, FileName);
    }

    /// <summary>The environment overlay next to the route file: <c>ocelot.Local.json</c> for <c>ocelot.json</c>.</summary>
    public static string Overlay(string routeFile, string environment) =>
        Path.Combine(Path.GetDirectoryName(routeFile)!, $"{Path.GetFileNameWithoutExtension(routeFile)}.{environment}.json");
}
