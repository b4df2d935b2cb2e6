using System.Diagnostics;
using System.Globalization;
using System.Text.RegularExpressions;

namespace EndToEnd.Tests.Infrastructure;

/// <summary>
/// One of our programs running as a real child process (<c>dotnet X.dll --urls ...</c>) on a
/// loopback port, so a kill is a real kill. stdout and stderr go to a log file and stay readable
/// in memory (the fault suites count request log lines per instance).
/// </summary>
/// <remarks>
/// The first start binds port 0 and reads the port Kestrel chose from its "Now listening on" line:
/// a port picked by the test and released before the child binds it could be taken meanwhile.
/// A restart binds the same port again, as a restarted pod keeps its address.
/// </remarks>
internal sealed partial class ProgramProcess : IAsyncDisposable
{
    private static readonly TimeSpan ExitWait = TimeSpan.FromSeconds(10);

    private readonly string _dll;
    private readonly IReadOnlyDictionary<string, string> _environment;
    private readonly Lock _logGate = new();
    private readonly List<string> _lines = [];
    private readonly StreamWriter _log;
    private Process? _process;

    private TaskCompletionSource<int>? _listening;

    public ProgramProcess(string name, string project, IReadOnlyDictionary<string, string> environment, string logDirectory)
    {
        Name = name;
        _dll = RepositoryLayout.ProgramDll(project);
        _environment = environment;
        LogPath = Path.Combine(logDirectory, name + ".log");
        _log = new StreamWriter(new FileStream(LogPath, FileMode.Create, FileAccess.Write, FileShare.ReadWrite)) { AutoFlush = true };
    }

    public string Name { get; }

    /// <summary>The port the program listens on; known once it has started.</summary>
    public int Port { get; private set; }

    public Uri BaseAddress => Port != 0
        ? new($"http://127.0.0.1:{Port}")
        : throw new InvalidOperationException($"{Name} has not started yet, so it has no port.");

    public string LogPath { get; }

    public bool IsRunning => _process is { HasExited: false };

    public int LineCount
    {
        get { lock (_logGate) { return _lines.Count; } }
    }

    /// <summary>Starts the program, learns its port and waits until <c>/health/ready</c> answers 200.</summary>
    public async Task StartAsync(TimeSpan readyTimeout)
    {
        if (IsRunning)
        {
            throw new InvalidOperationException($"{Name} is already running.");
        }

        Append($"--- starting {Path.GetFileName(_dll)} on port {(Port == 0 ? "chosen by Kestrel" : Port.ToString(CultureInfo.InvariantCulture))} at {DateTimeOffset.UtcNow:O} ---");
        _listening = new TaskCompletionSource<int>(TaskCreationOptions.RunContinuationsAsynchronously);
        _process = Process.Start(CreateStartInfo()) ?? throw new InvalidOperationException($"{Name} did not start.");
        ChildProcessRegistry.Add(_process);
        _process.OutputDataReceived += (_, e) => OnOutput(e.Data);
        _process.ErrorDataReceived += (_, e) => AppendIfNotNull(e.Data, "[stderr] ");
        _process.BeginOutputReadLine();
        _process.BeginErrorReadLine();
        Port = await WaitForListeningPortAsync(_process, _listening.Task, readyTimeout);
        await ReadinessProbe.WaitUntilReadyAsync(this, readyTimeout);
    }

    /// <summary>Kills the process tree with SIGKILL (<c>kill -9</c>): no graceful shutdown at all.</summary>
    public void Kill()
    {
        var process = _process;
        if (process is null)
        {
            return;
        }

        try
        {
            if (!process.HasExited)
            {
                process.Kill(entireProcessTree: true);
            }

            process.WaitForExit(ExitWait);
        }
        catch (InvalidOperationException)
        {
            // Exited between the check and the kill: the outcome we wanted.
        }

        Append($"--- killed at {DateTimeOffset.UtcNow:O} ---");
        ChildProcessRegistry.Remove(process);
        process.Dispose();
        _process = null;
    }

    /// <summary>The exit code once the process has ended by itself; null while it runs or after <see cref="Kill"/>.</summary>
    public int? ExitCode => _process is { HasExited: true } process ? process.ExitCode : null;

    /// <summary>The lines written since <paramref name="index"/> (a value of <see cref="LineCount"/> taken earlier).</summary>
    public IReadOnlyList<string> LinesSince(int index)
    {
        lock (_logGate)
        {
            return _lines.Skip(index).ToList();
        }
    }

    public string Tail(int count)
    {
        lock (_logGate)
        {
            return string.Join(Environment.NewLine, _lines.Skip(Math.Max(0, _lines.Count - count)));
        }
    }

    public ValueTask DisposeAsync()
    {
        Kill();
        lock (_logGate)
        {
            _log.Dispose();
        }

        return ValueTask.CompletedTask;
    }

    private ProcessStartInfo CreateStartInfo()
    {
        var info = new ProcessStartInfo(DotnetHost.Path)
        {
            WorkingDirectory = Path.GetDirectoryName(_dll)!,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        info.ArgumentList.Add(_dll);
        info.ArgumentList.Add("--urls");
        info.ArgumentList.Add(string.Create(CultureInfo.InvariantCulture, $"http://127.0.0.1:{Port}"));

        // The test host's own settings must not leak into the programs.
        foreach (var inherited in new[] { "ASPNETCORE_URLS", "ASPNETCORE_HTTP_PORTS", "ASPNETCORE_ENVIRONMENT", "DOTNET_ENVIRONMENT" })
        {
            info.Environment.Remove(inherited);
        }

        info.Environment["DOTNET_CLI_TELEMETRY_OPTOUT"] = "1";
        foreach (var (key, value) in _environment)
        {
            info.Environment[key] = value;
        }

        return info;
    }

    // Kestrel logs "Now listening on: http://127.0.0.1:NNNN" (Microsoft.Hosting.Lifetime) in the text
    // and the JSON log layouts alike; the port is known only from that line.
    private void OnOutput(string? line)
    {
        if (line is null)
        {
            return;
        }

        Append(line);
        if (_listening is { Task.IsCompleted: false } listening && ListeningLine().Match(line) is { Success: true } match)
        {
            listening.TrySetResult(int.Parse(match.Groups["port"].Value, CultureInfo.InvariantCulture));
        }
    }

    private async Task<int> WaitForListeningPortAsync(Process process, Task<int> listening, TimeSpan timeout)
    {
        using var deadline = new CancellationTokenSource(timeout);
        try
        {
            if (await Task.WhenAny(listening, process.WaitForExitAsync(deadline.Token)) == listening)
            {
                return await listening;
            }
        }
        finally
        {
            await deadline.CancelAsync();
        }

        var reason = process.HasExited ? $"exited with code {process.ExitCode}" : $"logged no listening address within {timeout.TotalSeconds} s";
        throw new InvalidOperationException($"{Name} {reason}.{Environment.NewLine}{Tail(40)}");
    }

    [GeneratedRegex(@"Now listening on: http://127\.0\.0\.1:(?<port>\d+)")]
    private static partial Regex ListeningLine();

    private void AppendIfNotNull(string? line, string prefix)
    {
        if (line is not null)
        {
            Append(prefix + line);
        }
    }

    private void Append(string line)
    {
        lock (_logGate)
        {
            _lines.Add(line);
            if (_log.BaseStream.CanWrite)
            {
                _log.WriteLine(line);
            }
        }
    }

    internal string Describe() =>
        string.Create(CultureInfo.InvariantCulture, $"{Name} ({BaseAddress}, log {LogPath})");
}
