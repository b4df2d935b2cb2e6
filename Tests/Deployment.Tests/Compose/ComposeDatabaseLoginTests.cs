using System.Text.RegularExpressions;
using Deployment.Tests.Support;

namespace Deployment.Tests.Compose;

/// <summary>
/// In compose only sqlserver and the one-shot sqlserver-provision know the sa password; provisioning
/// runs before the migrations, and every connection string logs in as the login provision.sql
/// creates for that database, with the same .env variable as its password.
/// </summary>
[TestFixture]
public sealed partial class ComposeDatabaseLoginTests
{
    private const string Provision = "sqlserver-provision";
    private ComposeFile _compose = null!;
    private ProvisionScripts _scripts = null!;

    [OneTimeSetUp]
    public void Load()
    {
        _compose = ComposeFile.Load();
        _scripts = ProvisionScripts.Load();
    }

    private IEnumerable<ComposeService> Migrations =>
        _compose.Services.Values.Where(s => s.Strings("command").SequenceEqual(["migrate"]));

    [Test]
    public void Compose_NoService_LogsInAsSa()
    {
        var asSa = ConnectionStrings()
            .Where(x => x.Connection.UserId is not { Length: > 0 } user || user.Equals("sa", StringComparison.OrdinalIgnoreCase))
            .Select(x => $"{x.Service}: {x.Variable}");

        Assert.That(asSa, Is.Empty);
    }

    [Test]
    public void Compose_SaPassword_OnlySqlServerAndProvisioningGetIt()
    {
        var holders = _compose.Services.Values
            .Where(s => s.Environment.Values.Any(v => v.Contains("${MSSQL_SA_PASSWORD", StringComparison.Ordinal)))
            .Select(s => s.Name);

        Assert.That(holders, Is.EquivalentTo(new[] { "sqlserver", Provision }));
    }

    [Test]
    public void Compose_Provisioning_RunsOnceSqlServerIsHealthyAndBeforeEveryMigration()
    {
        var provision = _compose[Provision];

        Assert.That(provision.DependsOn, Does.ContainKey("sqlserver").WithValue("service_healthy"));
        Assert.That(provision.Definition["restart"], Is.EqualTo("no"));
        Assert.That(Migrations.Select(m => m.Name), Is.Not.Empty);
        Assert.That(
            Migrations.Where(m => m.DependsOn.GetValueOrDefault(Provision) != "service_completed_successfully").Select(m => m.Name),
            Is.Empty);
    }

    [Test]
    public void Compose_Provisioning_RunsTheScriptsTheClusterJobRuns()
    {
        var provision = _compose[Provision];
        var mounts = provision.Strings("volumes").Select(v => v.Split(':')).ToDictionary(p => p[1], p => (Source: p[0], Mode: p.ElementAtOrDefault(2)));
        var runner = provision.Strings("entrypoint")[^1];

        Assert.That(mounts, Does.ContainKey(runner), "the entrypoint runs a mounted provision.sh");
        Assert.That(Path.GetFullPath(mounts[runner].Source, RepositoryRoot.Path), Is.EqualTo(ProvisionScripts.RunnerPath));
        var sqlTarget = Path.GetDirectoryName(runner) + "/provision.sql";
        Assert.That(mounts, Does.ContainKey(sqlTarget), "provision.sh reads provision.sql from its own folder");
        Assert.That(Path.GetFullPath(mounts[sqlTarget].Source, RepositoryRoot.Path), Is.EqualTo(ProvisionScripts.SqlPath));
        Assert.That(mounts.Values.Select(m => m.Mode), Is.All.EqualTo("ro"));
        Assert.That(provision.Image, Is.EqualTo(_compose["sqlserver"].Image), "the image that brings sqlcmd");
    }

    [Test]
    public void Compose_Provisioning_GetsEveryPasswordTheScriptNeedsFromEnv()
    {
        var environment = _compose[Provision].Environment;

        Assert.That(environment.Keys, Is.EquivalentTo(_scripts.PasswordVariables.Append("SQLCMDPASSWORD")));
        Assert.That(environment.Where(p => EnvVariable(p.Value) is null).Select(p => p.Key), Is.Empty, "a value that is not a required ${VAR:?...} from .env");
        Assert.That(EnvVariable(environment["SQLCMDPASSWORD"]), Is.EqualTo("MSSQL_SA_PASSWORD"));
    }

    [Test]
    public void Compose_EveryConnectionString_UsesAProvisionedLoginWithItsPassword()
    {
        var provisionEnvironment = _compose[Provision].Environment;
        var offenders = new List<string>();

        foreach (var (service, variable, connection) in ConnectionStrings())
        {
            var login = _scripts.Login(connection.UserId ?? string.Empty);
            var expectedRoles = Migrations.Any(m => m.Name == service) ? DatabaseLogin.MigrationRoles : DatabaseLogin.RuntimeRoles;
            if (login.Database != connection.Database || !login.Roles.SetEquals(expectedRoles))
            {
                offenders.Add($"{service}: {variable} logs in as {login}, not a {string.Join("+", expectedRoles)} login of {connection.Database}");
            }

            if (EnvVariable(connection.Password ?? string.Empty) is not { } password
                || EnvVariable(provisionEnvironment[login.PasswordVariable]) != password)
            {
                offenders.Add($"{service}: {variable} has a password other than the one provisioning gives {login.Name}");
            }
        }

        Assert.That(offenders, Is.Empty);
    }

    private IEnumerable<(string Service, string Variable, SqlConnectionString Connection)> ConnectionStrings() =>
        _compose.Services.Values.SelectMany(s => s.Environment
            .Where(p => p.Key.StartsWith("ConnectionStrings__", StringComparison.Ordinal))
            .Select(p => (s.Name, p.Key, SqlConnectionString.Parse(p.Value))));

    /// <summary>The .env variable a value is exactly, in the required form <c>${NAME:?message}</c>.</summary>
    private static string? EnvVariable(string value) =>
        RequiredVariableRegex().Match(value) is { Success: true } match ? match.Groups[1].Value : null;

    [GeneratedRegex(@"^\$\{(\w+):\?[^}]*\}$")]
    private static partial Regex RequiredVariableRegex();
}
