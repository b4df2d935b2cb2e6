namespace Gateway.Configuration.File;

/// <summary>The root of an Ocelot route file (<c>ocelot.json</c>).</summary>
public sealed class FileConfiguration
{
    /// <summary>The routes, in file order (order breaks priority ties).</summary>
    public List<FileRoute> Routes { get; set; } = [];

    /// <summary>Pre-16 name of <see cref="Routes"/>; its entries are appended after <see cref="Routes"/>.</summary>
    public List<FileRoute> ReRoutes { get; set; } = [];

    /// <summary>Routes answered by combining the responses of keyed routes.</summary>
    public List<FileAggregateRoute> Aggregates { get; set; } = [];

    /// <summary>Defaults and gateway-wide settings.</summary>
    public FileGlobalConfiguration GlobalConfiguration { get; set; } = new();

    /// <summary>All routes: <see cref="Routes"/> then the legacy <see cref="ReRoutes"/>.</summary>
    internal IEnumerable<(FileRoute Route, string Path)> AllRoutes()
    {
        for (var i = 0; i < Routes.Count; i++)
        {
            yield return (Routes[i], $"Routes[{i}]");
        }

        for (var i = 0; i < ReRoutes.Count; i++)
        {
            yield return (ReRoutes[i], $"ReRoutes[{i}]");
        }
    }
}
