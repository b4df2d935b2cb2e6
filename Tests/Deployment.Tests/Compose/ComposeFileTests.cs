using Deployment.Tests.Support;

namespace Deployment.Tests.Compose;

/// <summary>docker-compose.yml starts the system in a working order from files that exist.</summary>
[TestFixture]
public sealed class ComposeFileTests
{
    private ComposeFile _compose = null!;

    [OneTimeSetUp]
    public void Load() => _compose = ComposeFile.Load();

    [Test]
    public void Compose_Services_AreTheConventionalNames()
    {
        Assert.That(_compose.Services.Keys, Is.SupersetOf(new[] { "sqlserver", "userservice", "postservice", "gateway" }));
    }

    [Test]
    public void Compose_EveryBuild_NamesAnExistingContextAndDockerfile()
    {
        var missing = _compose.Services.Values
            .Where(s => s.Build is not null)
            .Where(s => !Directory.Exists(RepositoryRoot.Combine((string)s.Build!["context"])) || !File.Exists(RepositoryRoot.Combine(s.Dockerfile!)))
            .Select(s => $"{s.Name}: {s.Dockerfile}");

        Assert.That(missing, Is.Empty);
    }

    [Test]
    public void Compose_EveryImageBuiltHere_IsBuiltFromOneDockerfile()
    {
        var conflicting = _compose.Services.Values
            .Where(s => s.Build is not null)
            .GroupBy(s => s.Image)
            .Where(g => g.Select(s => s.Dockerfile).Distinct().Count() > 1)
            .Select(g => g.Key);

        Assert.That(conflicting, Is.Empty);
    }

    [TestCase("userservice")]
    [TestCase("postservice")]
    public void Compose_Service_WaitsForSqlServerAndItsMigration(string name)
    {
        var migration = _compose.Services.Values.Single(s => s.Image == _compose[name].Image && s.Strings("command").SequenceEqual(["migrate"]));

        Assert.That(_compose[name].DependsOn, Does.ContainKey("sqlserver").WithValue("service_healthy"));
        Assert.That(_compose[name].DependsOn, Does.ContainKey(migration.Name).WithValue("service_completed_successfully"));
        Assert.That(migration.DependsOn, Does.ContainKey("sqlserver").WithValue("service_healthy"));
        Assert.That(_compose[name].Environment["Database__MigrateOnStartup"], Is.EqualTo("false"));
    }

    [Test]
    public void Compose_SqlServer_HasAHealthCheckAndANamedVolume()
    {
        var sqlserver = _compose["sqlserver"];

        Assert.That(sqlserver.Definition, Does.ContainKey("healthcheck"));
        Assert.That(sqlserver.Strings("volumes").Single(), Does.StartWith("sqlserver-data:"));
    }

    [Test]
    public void Compose_UserService_RunsTwoReplicas()
    {
        var deploy = (Dictionary<object, object>)_compose["userservice"].Definition["deploy"];

        Assert.That(deploy["replicas"], Is.EqualTo("2"));
    }

    [Test]
    public void Compose_Gateway_PublishesPort5000InTheComposeEnvironment()
    {
        var gateway = _compose["gateway"];

        // Only the host side: the container side is ComposeGatewayOverlayTests.Compose_GatewayPort_MapsToItsContainerPort.
        Assert.That(gateway.Strings("ports"), Has.Exactly(1).Items.And.All.StartWith("5000:"));
        Assert.That(gateway.Environment["ASPNETCORE_ENVIRONMENT"], Is.EqualTo("Compose"));
    }

    [Test]
    public void Compose_EveryVariableItInterpolates_IsDocumentedInEnvExample()
    {
        var documented = File.ReadAllLines(RepositoryRoot.Combine(".env.example"))
            .Where(l => l.Contains('=', StringComparison.Ordinal) && !l.TrimStart().StartsWith('#'))
            .Select(l => l.Split('=')[0].Trim())
            .ToHashSet();
        var used = System.Text.RegularExpressions.Regex.Matches(File.ReadAllText(ComposeFile.Path), @"(?<!\$)\$\{(\w+)")
            .Select(m => m.Groups[1].Value)
            .Distinct();

        Assert.That(used.Where(v => !documented.Contains(v)), Is.Empty);
    }

    [Test]
    public void Compose_SecretsFile_IsGitIgnored()
    {
        var ignored = File.ReadAllLines(RepositoryRoot.Combine(".gitignore")).Select(l => l.Trim());

        Assert.That(ignored, Does.Contain(".env").And.Contain("k8s/secrets.env"));
    }
}
