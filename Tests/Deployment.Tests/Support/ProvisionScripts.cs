using System.Text.RegularExpressions;

namespace Deployment.Tests.Support;

/// <summary>
/// k8s/sqlserver/provision.sql and its runner provision.sh, read as sqlcmd and bash would see
/// them: the scripting variables the SQL uses, the passwords the runner hands over (each as
/// <c>&lt;NAME&gt;_HEX</c>), and the logins the SQL creates.
/// </summary>
internal sealed partial class ProvisionScripts
{
    public const string HexSuffix = "_HEX";

    private ProvisionScripts(string sql, string runner)
    {
        Sql = sql;
        Runner = runner;
    }

    public static string Directory => RepositoryRoot.Combine("k8s", "sqlserver");

    public static string SqlPath => Path.Combine(Directory, "provision.sql");

    public static string RunnerPath => Path.Combine(Directory, "provision.sh");

    public string Sql { get; }

    public string Runner { get; }

    /// <summary>Every <c>$(NAME)</c> in the SQL (sqlcmd substitutes them everywhere, comments included).</summary>
    public IReadOnlySet<string> ScriptVariables =>
        VariableRegex().Matches(Sql).Select(m => m.Groups[1].Value).ToHashSet(StringComparer.OrdinalIgnoreCase);

    /// <summary>The environment variables the runner encodes: its <c>PASSWORDS=(...)</c> list.</summary>
    public IReadOnlyList<string> PasswordVariables =>
        PasswordListRegex().Match(Runner) is { Success: true } match
            ? match.Groups[1].Value.Split(' ', StringSplitOptions.RemoveEmptyEntries)
            : throw new AssertionException("provision.sh has no PASSWORDS=(...) list.");

    public IReadOnlyList<DatabaseLogin> Logins =>
        [.. EnsureLoginRegex().Matches(Sql).Select(m => new DatabaseLogin(
            m.Groups["login"].Value,
            m.Groups["database"].Value,
            RunnerVariable(m.Groups["variable"].Value),
            EnsureUserRegex().Matches(Sql)
                .Where(u => u.Groups["login"].Value == m.Groups["login"].Value)
                .Select(u => u.Groups["role"].Value)
                .ToHashSet()))];

    /// <summary>The databases each login is made a user of (should be its own only).</summary>
    public IEnumerable<(string Login, string Database)> Users =>
        EnsureUserRegex().Matches(Sql).Select(m => (m.Groups["login"].Value, m.Groups["database"].Value));

    public static ProvisionScripts Load() => new(File.ReadAllText(SqlPath), File.ReadAllText(RunnerPath));

    public DatabaseLogin Login(string name) =>
        Logins.SingleOrDefault(l => l.Name.Equals(name, StringComparison.OrdinalIgnoreCase))
        ?? throw new AssertionException($"provision.sql creates no login '{name}'.");

    /// <summary>The SQL after sqlcmd's variable substitution with <paramref name="variables"/> (names case-insensitive).</summary>
    public string Substitute(IReadOnlyDictionary<string, string> variables)
    {
        var byName = new Dictionary<string, string>(variables, StringComparer.OrdinalIgnoreCase);
        return VariableRegex().Replace(Sql, m => byName.TryGetValue(m.Groups[1].Value, out var value)
            ? value
            : throw new AssertionException($"sqlcmd would stop: '{m.Groups[1].Value}' scripting variable not defined."));
    }

    /// <summary>The runner's variable behind a script variable: <c>X_HEX</c> is <c>X</c>, encoded.</summary>
    public static string RunnerVariable(string scriptVariable) =>
        scriptVariable.EndsWith(HexSuffix, StringComparison.OrdinalIgnoreCase)
            ? scriptVariable[..^HexSuffix.Length]
            : throw new AssertionException($"$({scriptVariable}) is not one of provision.sh's hex-encoded passwords.");

    [GeneratedRegex(@"\$\((\w+)\)")]
    private static partial Regex VariableRegex();

    [GeneratedRegex(@"^PASSWORDS=\(([^)]*)\)", RegexOptions.Multiline)]
    private static partial Regex PasswordListRegex();

    [GeneratedRegex(@"EXEC #EnsureLogin N'(?<login>\w+)', 0x\$\((?<variable>\w+)\), N'(?<database>\w+)';")]
    private static partial Regex EnsureLoginRegex();

    [GeneratedRegex(@"EXEC #EnsureUser N'(?<database>\w+)', N'(?<login>\w+)', N'(?<role>\w+)';")]
    private static partial Regex EnsureUserRegex();
}
