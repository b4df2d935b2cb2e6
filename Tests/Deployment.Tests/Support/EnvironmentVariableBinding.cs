namespace Deployment.Tests.Support;

/// <summary>Whether an environment variable given to a program reaches a configuration key it reads.</summary>
internal static class EnvironmentVariableBinding
{
    // Read by the host or the runtime rather than through appsettings.json.
    private static readonly string[] _platformPrefixes = ["ASPNETCORE_", "DOTNET_"];

    public static IEnumerable<string> Unbound(string owner, ServiceProject project, IEnumerable<string> variableNames)
    {
        var keys = project.ConfigurationKeys();
        return variableNames
            .Where(name => !_platformPrefixes.Any(prefix => name.StartsWith(prefix, StringComparison.Ordinal)))
            .Where(name => !keys.Contains(name.Replace("__", ":", StringComparison.Ordinal)))
            .Select(name => $"{owner}: {name} (no key {name.Replace("__", ":", StringComparison.Ordinal)} in {project.ProjectName}/appsettings.json)");
    }
}
