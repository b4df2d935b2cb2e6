namespace EndToEnd.Tests.Infrastructure;

/// <summary>How each of our programs is started for a test run: the configuration keys of the conventions.</summary>
internal static class Programs
{
    private static readonly TimeSpan ServiceReadyTimeout = TimeSpan.FromSeconds(60);

    public static TimeSpan ReadyTimeout => ServiceReadyTimeout;

    /// <summary>A UserService instance; instances given the same data folder share the database and signing key.</summary>
    public static ProgramProcess UserService(string name, string dataDirectory, string logDirectory) =>
        new(name, "UserService", ServiceEnvironment(dataDirectory), logDirectory);

    public static ProgramProcess PostService(string name, string dataDirectory, Uri authority, string logDirectory)
    {
        var environment = ServiceEnvironment(dataDirectory);
        environment["Jwt__Authority"] = Authority(authority);
        return new(name, "PostService", environment, logDirectory);
    }

    public static ProgramProcess Gateway(string name, string routeFile, Uri authority, string logDirectory) =>
        new(name, "Gateway", new Dictionary<string, string>
        {
            ["ASPNETCORE_ENVIRONMENT"] = GatewayRouteFiles.Environment,
            ["Gateway__RouteFile"] = routeFile,
            ["Jwt__Authority"] = Authority(authority),
            // The test UserService serves plain HTTP on loopback (PostService's Development config says the same).
            ["Jwt__RequireHttpsMetadata"] = "false",
            ["Logging__Format"] = "text",
        }, logDirectory);

    private static Dictionary<string, string> ServiceEnvironment(string dataDirectory) => new()
    {
        ["ASPNETCORE_ENVIRONMENT"] = "Development",
        ["Database__DataDirectory"] = dataDirectory,
        ["Logging__Format"] = "text",
    };

    private static string Authority(Uri uri) => uri.GetLeftPart(UriPartial.Authority);
}
