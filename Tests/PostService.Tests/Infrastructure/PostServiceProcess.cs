using Microservices.Tests.Common;

namespace PostService.Tests.Infrastructure;

/// <summary>Runs the built <c>PostService.dll</c> as deployment does: <c>dotnet PostService.dll &lt;args&gt;</c>.</summary>
internal static class PostServiceProcess
{
    private static readonly TimeSpan Timeout = TimeSpan.FromMinutes(2);

    public static Task<(int ExitCode, string Output)> RunAsync(string environment, string dataDirectory, params string[] args) =>
        DotnetProgram.RunAsync(
            "PostService.dll",
            new Dictionary<string, string?>
            {
                ["DOTNET_ENVIRONMENT"] = environment,
                ["ASPNETCORE_ENVIRONMENT"] = environment,
                ["Database__DataDirectory"] = dataDirectory,
            },
            Timeout,
            args);
}
