using System.Diagnostics;
using System.Globalization;

namespace EndToEnd.Tests.Infrastructure;

/// <summary>
/// One of our programs running as a real child process (<c>dotnet X.dll --urls ...</c>) on a
/// loopback port, so a kill is a real kill. stdout and stderr go to a log file and stay readable
/// in memory (the fault suites count request log lines per instance).
/// </summary>
internal sealed class ProgramProcess : IAsyncDisposable
{
    private static readonly TimeSpan ExitWait = TimeSpan.FromSeconds(10);

    private readonly string _dll;
    private readonly IReadOnlyDictionary<string, string> _environment;
    private readonly Lock _logGate = new();
    private readonly List<string> _lines = [];
    private readonly StreamWriter _log;
    private Process? _process;

    public ProgramProcess(string name, string project, int port, IReadOnlyDictionary<string, string> environment, string logDirectory)
    {
        Name = name;
        Port = port;
        _dll = RepositoryLayout.ProgramDll(project);
        _environment = environment;
        LogPath = Path.Combine(logDirectory, name + ".log");
        _log = new StreamWriter(new FileStream(LogPath, FileMode.Create, FileAccess.Write, FileShare.ReadWrite)) { AutoFlush = true };
    }

    public string Name { get; }

    public int Port { get; }

    public Uri BaseAddress => new($"http://127.0.0.1:{Port}");

    public string LogPath { get; }

    public bool IsRunning => _process is { HasExited: false };

    public int LineCount
    {
        get { lock (_logGate) { return _lines.Count; } }
    }

    /// <summary>Starts the program and waits until <c>/health/ready</c> answers 200.</summary>
    public async Task StartAsync(TimeSpan readyTimeout)
    {
        if (IsRunning)
        {
            throw new InvalidOperationException($"{Name} is already running.");
        }

        Append($"--- starting {Path.GetFileName(_dll)} on {BaseAddress} at {DateTimeOffset.UtcNow:O} ---");
        _process = Process.Start(CreateStartInfo()) ?? throw new InvalidOperationException($"{Name} did not start.");
        ChildProcessRegistry.Add(_process);
        _process.OutputDataReceived += (_, e) => AppendIfNotNull(e.Data, string.Empty);
        _process.ErrorDataReceived += (_, e) => AppendIfNotNull(e.Data, "[stderr] ");
        _process.BeginOutputReadLine();
        _process.BeginErrorReadLine();
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
        info.ArgumentList.Add(BaseAddress.ToString().TrimEnd('/'));

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
