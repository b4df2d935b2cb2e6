using Deployment.Tests.Support;
using k8s.Models;

namespace Deployment.Tests.Kubernetes;

/// <summary>
/// In the cluster only SQL Server and the provisioning Job hold the sa password; each service's
/// migrations and running pods log in with the logins provision.sql gives its own database.
/// </summary>
[TestFixture]
public sealed class DatabaseLoginTests
{
    private const string SaPasswordKey = "MSSQL_SA_PASSWORD";
    private RenderedManifests _manifests = null!;
    private ProvisionScripts _scripts = null!;

    [OneTimeSetUp]
    public async Task RenderAsync()
    {
        _manifests = await RenderedManifests.LoadAsync();
        _scripts = ProvisionScripts.Load();
    }

    [Test]
    public void Secret_NoConnectionString_LogsInAsSa()
    {
        var asSa = _manifests.SecretValues
            .Where(p => p.Key.EndsWith("CONNECTION_STRING", StringComparison.Ordinal))
            .Where(p => SqlConnectionString.Parse(p.Value).UserId is not { Length: > 0 } user || user.Equals("sa", StringComparison.OrdinalIgnoreCase))
            .Select(p => p.Key);

        Assert.That(asSa, Is.Empty);
        Assert.That(_manifests.Yaml, Does.Not.Contain("User Id=sa").IgnoreCase);
    }

    [Test]
    public void SaPassword_OnlySqlServerAndTheProvisionJobReadIt()
    {
        var readers = _manifests.Workloads
            .Where(w => w.AllContainers.SelectMany(c => c.Env ?? []).Any(e => e.ValueFrom?.SecretKeyRef?.Key == SaPasswordKey))
            .Select(w => w.ToString());

        Assert.That(readers, Is.EquivalentTo(new[] { "StatefulSet/sqlserver", "Job/sqlserver-provision" }));
    }

    [TestCase("userservice", "ConnectionStrings__Users", "Users")]
    [TestCase("postservice", "ConnectionStrings__Posts", "Posts")]
    public void Service_RunningContainer_ReadsAndWritesRowsOfItsOwnDatabaseOnly(string name, string variable, string database)
    {
        var login = LoginOf(_manifests.Workload(name).Pod.Containers.Single(), variable, out var connection);

        Assert.That(connection.Database, Is.EqualTo(database));
        Assert.That(login.Database, Is.EqualTo(database));
        Assert.That(login.Roles, Is.EquivalentTo(DatabaseLogin.RuntimeRoles), "no DDL at run time");
    }

    [TestCase("userservice", "ConnectionStrings__Users", "Users")]
    [TestCase("postservice", "ConnectionStrings__Posts", "Posts")]
    public void Service_MigrateInitContainer_OwnsItsOwnDatabaseOnly(string name, string variable, string database)
    {
        var migrate = _manifests.Workload(name).Pod.InitContainers.Single(c => c.Args?.SequenceEqual(["migrate"]) == true);

        var login = LoginOf(migrate, variable, out var connection);

        Assert.That(connection.Database, Is.EqualTo(database));
        Assert.That(login.Database, Is.EqualTo(database));
        Assert.That(login.Roles, Is.EquivalentTo(DatabaseLogin.MigrationRoles));
    }

    [Test]
    public void Secret_ConnectionStringPasswords_AreTheOnesTheJobGivesTheirLogins()
    {
        // With the example file every password is empty; with a real k8s/secrets.env this catches
        // a rotation that changed one copy of a password but not the other.
        var job = JobEnvironment();
        var secret = _manifests.SecretValues;
        var offenders = secret
            .Where(p => p.Key.EndsWith("CONNECTION_STRING", StringComparison.Ordinal))
            .Select(p => (p.Key, Connection: SqlConnectionString.Parse(p.Value)))
            .Where(x => secret[job[_scripts.Login(x.Connection.UserId!).PasswordVariable]] != (x.Connection.Password ?? string.Empty))
            .Select(x => $"{x.Key} (login {x.Connection.UserId})");

        Assert.That(offenders, Is.Empty);
    }

    [Test]
    public void ProvisionJob_Environment_IsEveryPasswordTheScriptNeedsFromTheSecret()
    {
        var container = _manifests.Workload("sqlserver-provision").Pod.Containers.Single();
        var secretName = _manifests.OfType<V1Secret>().Single().Metadata.Name;

        Assert.That(container.Env.Where(e => e.ValueFrom?.SecretKeyRef?.Name != secretName).Select(e => e.Name), Is.Empty, "a value that is not a secret reference");
        Assert.That(container.Env.Select(e => e.Name), Is.EquivalentTo(_scripts.PasswordVariables.Append("SQLCMDPASSWORD")));
        Assert.That(JobEnvironment()["SQLCMDPASSWORD"], Is.EqualTo(SaPasswordKey));
    }

    [Test]
    public void ProvisionJob_Runs_TheScriptsOfTheGeneratedConfigMap()
    {
        var pod = _manifests.Workload("sqlserver-provision").Pod;
        var container = pod.Containers.Single();
        var mount = container.VolumeMounts.Single(m => container.Command.Contains(m.MountPath + "/provision.sh"));
        var configMap = _manifests.OfType<V1ConfigMap>().Single(c => c.Metadata.Name == pod.Volumes.Single(v => v.Name == mount.Name).ConfigMap?.Name);

        Assert.That(configMap.Data["provision.sh"], Is.EqualTo(File.ReadAllText(ProvisionScripts.RunnerPath)));
        Assert.That(configMap.Data["provision.sql"], Is.EqualTo(File.ReadAllText(ProvisionScripts.SqlPath)));
        Assert.That(container.Image, Is.EqualTo(_manifests.Workload("sqlserver").Pod.Containers.Single().Image), "the image that brings sqlcmd");
    }

    [Test]
    public void ProvisionJob_Finished_IsDeletedSoTheNextApplyRunsItAgain()
    {
        // A Job's pod template is immutable and a changed secret renames the Secret it reads:
        // without a TTL the next kubectl apply would fail on it instead of re-provisioning.
        var job = _manifests.OfType<V1Job>().Single(j => j.Metadata.Name == "sqlserver-provision");

        Assert.That(job.Spec.TtlSecondsAfterFinished, Is.Not.Null.And.GreaterThan(0));
        Assert.That(job.Spec.Template.Spec.RestartPolicy, Is.AnyOf("Never", "OnFailure"));
        Assert.That(job.Spec.ActiveDeadlineSeconds, Is.Not.Null, "a stuck run must end");
    }

    private DatabaseLogin LoginOf(V1Container container, string variable, out SqlConnectionString connection)
    {
        var key = container.Env.Single(e => e.Name == variable).ValueFrom?.SecretKeyRef?.Key;
        Assert.That(key, Is.Not.Null, $"{container.Name}: {variable} must come from the secret");
        connection = SqlConnectionString.Parse(_manifests.SecretValues[key!]);
        return _scripts.Login(connection.UserId ?? string.Empty);
    }

    /// <summary>The provisioning Job's variables → the secret keys they read.</summary>
    private Dictionary<string, string> JobEnvironment() =>
        _manifests.Workload("sqlserver-provision").Pod.Containers.Single().Env
            .ToDictionary(e => e.Name, e => e.ValueFrom?.SecretKeyRef?.Key ?? string.Empty);
}
