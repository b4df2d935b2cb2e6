using System.Diagnostics;

namespace Microservices.Tests.Common;

/// <summary>
/// Runs a built program the way deployment does (<c>dotnet X.dll &lt;args&gt;</c>) to its exit, with a
/// time bound. Linked into each test project that starts one, so the kill-on-timeout lives once.
/// </summary>
internal static class DotnetProgram
{
    public static async Task<(int ExitCode, string Output)> RunAsync(
        string assembly, IReadOnlyDictionary<string, string?> environment, TimeSpan timeout, params string[] args)
    {
        var start = new ProcessStartInfo("dotnet")
        {
            WorkingDirectory = AppContext.BaseDirectory,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        };
        start.ArgumentList.Add(Path.Combine(AppContext.BaseDirectory, assembly));
        foreach (var arg in args)
        {
            start.ArgumentList.Add(arg);
        }

        foreach (var (name, value) in environment)
        {
            start.Environment[name] = value;
        }

        using var process = Process.Start(start)!;
        var output = process.StandardOutput.ReadToEndAsync();
        var errors = process.StandardError.ReadToEndAsync();
        using var cancellation = new CancellationTokenSource(timeout);
        try
        {
            await process.WaitForExitAsync(cancellation.Token);
        }
        catch (OperationCanceledException)
        {
            // A hung child would otherwise outlive the test run, holding its files and ports.
            process.Kill(entireProcessTree: true);
            throw new TimeoutException($"dotnet {string.Join(' ', args.Prepend(assembly))} did not exit within {timeout}.");
        }

        return (process.ExitCode, $"{await output}\n{await errors}");
    }
}
