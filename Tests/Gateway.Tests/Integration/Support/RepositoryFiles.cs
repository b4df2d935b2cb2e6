namespace Gateway.Tests.Integration.Support;

/// <summary>Files of the repository itself (not copies in the build output), found from the solution file.</summary>
internal static class RepositoryFiles
{
    private static readonly Lazy<string> Root = new(FindRoot);

    /// <summary>The root <c>ocelot.json</c> (a link to <c>k8s/gateway/ocelot.json</c>): the route file every environment ships.</summary>
    public static string RouteFile => Path.Combine(Root.Value, "ocelot.json");

    private static string FindRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "Microservices.sln")))
            {
                return dir.FullName;
            }
        }

        throw new DirectoryNotFoundException($"No Microservices.sln above {AppContext.BaseDirectory}.");
    }
}
