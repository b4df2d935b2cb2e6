using System.Text;
using System.Text.RegularExpressions;
using Deployment.Tests.Support;

namespace Deployment.Tests.Database;

/// <summary>
/// provision.sh run by bash against a stand-in sqlcmd that records what it was given; the SQL is
/// then substituted as sqlcmd would. Passwords with quotes, brackets, sqlcmd variable syntax and
/// non-ASCII characters must reach CREATE/ALTER LOGIN unchanged, and never appear in clear text on
/// a command line, in sqlcmd's variables or in the output.
/// </summary>
[TestFixture]
public sealed partial class ProvisionRunnerTests
{
    private const string SaPassword = "Sa-Pa55word!";

    private static readonly Dictionary<string, string> _passwords = new()
    {
        ["USERS_MIGRATOR_PASSWORD"] = "O'Brien]; DROP LOGIN [sa];--",
        ["USERS_APP_PASSWORD"] = "$(SQLCMDPASSWORD)\"x' + N'1",
        ["POSTS_MIGRATOR_PASSWORD"] = "Pässwörd €uro 1a",
        ["POSTS_APP_PASSWORD"] = "Ab1😀' OR '1'='1",
    };

    private string _directory = null!;

    [SetUp]
    public void CreateDirectory()
    {
        if (!new[] { "bash", "iconv", "od" }.All(ProcessRunner.IsOnPath))
        {
            Assert.Ignore("bash, iconv and od are needed to run provision.sh (the SQL Server image has them).");
        }

        _directory = Path.Combine(Path.GetTempPath(), "provision-tests-" + Guid.NewGuid().ToString("N"));
        System.IO.Directory.CreateDirectory(_directory);
        // Records each command line, and the environment of the run that executes the script.
        File.WriteAllText(FakeSqlcmd, """
            #!/bin/bash
            printf '%s\n' "$*" >> "$FAKE_SQLCMD_DIR/commands"
            for argument in "$@"; do [[ $argument == -i ]] && env -0 > "$FAKE_SQLCMD_DIR/environment"; done
            exit 0
            """.Replace("\r\n", "\n", StringComparison.Ordinal));
        if (!OperatingSystem.IsWindows())
        {
            File.SetUnixFileMode(FakeSqlcmd, UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute);
        }
    }

    [TearDown]
    public void DeleteDirectory()
    {
        if (_directory is not null && System.IO.Directory.Exists(_directory))
        {
            System.IO.Directory.Delete(_directory, recursive: true);
        }
    }

    private string FakeSqlcmd => Path.Combine(_directory, "sqlcmd");

    [Test]
    public async Task Runner_EveryPassword_ReachesItsLoginUnchanged()
    {
        var result = await RunAsync(_passwords);

        var sql = ProvisionScripts.Load().Substitute(SqlcmdEnvironment());
        var received = EnsureLoginRegex().Matches(sql).ToDictionary(
            m => m.Groups["login"].Value,
            m => Encoding.Unicode.GetString(Convert.FromHexString(m.Groups["hex"].Value)));
        var expected = ProvisionScripts.Load().Logins.ToDictionary(l => l.Name, l => _passwords[l.PasswordVariable]);

        Assert.That(result.ExitCode, Is.Zero, result.Describe());
        Assert.That(received, Is.EquivalentTo(expected));
    }

    [Test]
    public async Task Runner_Sqlcmd_NeverSeesAPasswordInClearText()
    {
        var result = await RunAsync(_passwords);

        var commands = File.ReadAllText(Path.Combine(_directory, "commands"));
        var sqlcmdVariables = SqlcmdEnvironment();
        var secrets = _passwords.Values.Append(SaPassword).ToList();

        Assert.That(result.ExitCode, Is.Zero, result.Describe());
        Assert.That(commands, Does.Contain($"-U sa -i {ProvisionScripts.SqlPath}"));
        Assert.That(secrets.Where(s => commands.Contains(s, StringComparison.Ordinal)), Is.Empty, "on a command line");
        Assert.That(secrets.Where(s => (result.StandardOutput + result.StandardError).Contains(s, StringComparison.Ordinal)), Is.Empty, "in the output");
        Assert.That(sqlcmdVariables.Keys.Intersect(_passwords.Keys), Is.Empty, "left as sqlcmd variables");
        Assert.That(sqlcmdVariables, Does.ContainKey("SQLCMDPASSWORD").WithValue(SaPassword));
    }

    [Test]
    public async Task Runner_EmptyPassword_StopsBeforeSqlServerAndNamesTheVariable()
    {
        var result = await RunAsync(new Dictionary<string, string>(_passwords) { ["POSTS_APP_PASSWORD"] = string.Empty });

        Assert.That(result.ExitCode, Is.Not.Zero);
        Assert.That(result.StandardError, Does.Contain("POSTS_APP_PASSWORD"));
        Assert.That(File.Exists(Path.Combine(_directory, "commands")), Is.False, "sqlcmd was started");
    }

    private Task<ProcessResult> RunAsync(IReadOnlyDictionary<string, string> passwords)
    {
        var environment = new Dictionary<string, string>(passwords)
        {
            ["SQLCMDPASSWORD"] = SaPassword,
            ["SQLCMD_BIN"] = FakeSqlcmd,
            ["FAKE_SQLCMD_DIR"] = _directory,
        };
        return ProcessRunner.RunAsync("bash", [ProvisionScripts.RunnerPath], _directory, TimeSpan.FromMinutes(1), environment);
    }

    private Dictionary<string, string> SqlcmdEnvironment() =>
        File.ReadAllText(Path.Combine(_directory, "environment"))
            .Split('\0', StringSplitOptions.RemoveEmptyEntries)
            .Select(entry => entry.Split('=', 2))
            .ToDictionary(pair => pair[0], pair => pair[1]);

    [GeneratedRegex(@"EXEC #EnsureLogin N'(?<login>\w+)', 0x(?<hex>[0-9a-fA-F]*), N'\w+';")]
    private static partial Regex EnsureLoginRegex();
}
