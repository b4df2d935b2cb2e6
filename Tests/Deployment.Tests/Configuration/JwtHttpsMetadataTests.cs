using Deployment.Tests.Support;
using Microsoft.Extensions.Configuration;

namespace Deployment.Tests.Configuration;

/// <summary>
/// Jwt:RequireHttpsMetadata is true unless an environment says otherwise, and every environment
/// whose authority is plain HTTP on purpose says so: the programs refuse to start on an http://
/// authority that must be HTTPS.
/// </summary>
[TestFixture]
public sealed class JwtHttpsMetadataTests
{
    private const string Authority = "Jwt__Authority";
    private const string RequireHttpsMetadata = "Jwt__RequireHttpsMetadata";

    [TestCase("gateway")]
    [TestCase("postservice")]
    public void Appsettings_RequireHttpsMetadata_IsTrueByDefault(string service)
    {
        var project = ServiceProject.Named(service);

        var value = Load(project, "appsettings.json")["Jwt:RequireHttpsMetadata"];

        Assert.That(value, Is.EqualTo("true").IgnoreCase);
    }

    [TestCase("gateway")]
    [TestCase("postservice")]
    public void Appsettings_EnvironmentWithAnHttpAuthority_TurnsHttpsMetadataOff(string service)
    {
        var project = ServiceProject.Named(service);
        var overlays = Directory.EnumerateFiles(project.Directory, "appsettings.*.json").Select(Path.GetFileName).ToList();
        var offenders = overlays
            .Select(overlay => (overlay, Configuration: Load(project, "appsettings.json", overlay!)))
            .Where(x => IsHttpAuthorityMode(x.Configuration["Jwt:Authority"], x.Configuration["Jwt:PublicKeyPem"])
                && !string.Equals(x.Configuration["Jwt:RequireHttpsMetadata"], "false", StringComparison.OrdinalIgnoreCase))
            .Select(x => x.overlay);

        Assert.That(overlays, Is.Not.Empty, $"{project.ProjectName} has no local environment file");
        Assert.That(offenders, Is.Empty);
    }

    [Test]
    public void Compose_HttpsMetadataOff_ExactlyWhereTheAuthorityIsPlainHttp()
    {
        var offenders = ComposeFile.Load().Services.Values
            .Where(s => s.Environment.ContainsKey(Authority) || s.Environment.ContainsKey(RequireHttpsMetadata))
            .Where(s => IsHttpAuthorityMode(s.Environment.GetValueOrDefault(Authority), null) != IsOff(s.Environment.GetValueOrDefault(RequireHttpsMetadata)))
            .Select(s => s.Name);

        Assert.That(offenders, Is.Empty);
    }

    [Test]
    public async Task Kubernetes_HttpsMetadataOff_ExactlyWhereTheAuthorityIsPlainHttp()
    {
        var manifests = await RenderedManifests.LoadAsync();

        var offenders = manifests.Workloads
            .SelectMany(w => w.LabelledContainers)
            .Select(x => (x.Label, Env: (x.Container.Env ?? []).Where(e => e.Value is not null).ToDictionary(e => e.Name, e => e.Value)))
            .Where(x => x.Env.ContainsKey(Authority) || x.Env.ContainsKey(RequireHttpsMetadata))
            .Where(x => IsHttpAuthorityMode(x.Env.GetValueOrDefault(Authority), null) != IsOff(x.Env.GetValueOrDefault(RequireHttpsMetadata)))
            .Select(x => x.Label);

        Assert.That(offenders, Is.Empty);
    }

    private static bool IsHttpAuthorityMode(string? authority, string? publicKeyPem) =>
        string.IsNullOrWhiteSpace(publicKeyPem)
        && Uri.TryCreate(authority, UriKind.Absolute, out var uri) && uri.Scheme == Uri.UriSchemeHttp;

    private static bool IsOff(string? value) => string.Equals(value, "false", StringComparison.OrdinalIgnoreCase);

    private static IConfiguration Load(ServiceProject project, params string[] files) =>
        files.Aggregate(new ConfigurationBuilder(), (builder, file) => (ConfigurationBuilder)builder.AddJsonFile(Path.Combine(project.Directory, file), optional: false))
            .Build();
}
