using System.Reflection;

namespace EndToEnd.Tests.Infrastructure;

/// <summary>
/// Where the built programs are. The test project references them, so they are built in the
/// test's own configuration before any test runs; the suites run those builds as child processes.
/// </summary>
internal static class RepositoryLayout
{
    private const string SolutionFile = "Microservices.sln";
    private const string TargetFramework = "net10.0";

    private static readonly Lazy<string> Root = new(FindRoot);

    public static string RootDirectory => Root.Value;

    /// <summary>The root <c>ocelot.json</c>, the route file every environment shares.</summary>
    public static string RouteFile => Path.Combine(RootDirectory, "ocelot.json");

    /// <summary>Debug or Release: the configuration this test assembly was built in.</summary>
    public static string Configuration =>
        typeof(RepositoryLayout).Assembly.GetCustomAttribute<AssemblyConfigurationAttribute>()?.Configuration ?? "Debug";

    public static string ProgramDll(string project)
    {
        var path = Path.Combine(RootDirectory, project, "bin", Configuration, TargetFramework, project + ".dll");
        if (!File.Exists(path))
        {
            throw new FileNotFoundException($"{project} is not built at {path}; build the solution first.", path);
        }

        return path;
    }

    private static string FindRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, SolutionFile)))
            {
                return dir.FullName;
            }
        }

        throw new InvalidOperationException($"No {SolutionFile} above {AppContext.BaseDirectory}.");
    }
}
