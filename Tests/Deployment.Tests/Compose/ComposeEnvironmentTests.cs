using Deployment.Tests.Support;

namespace Deployment.Tests.Compose;

/// <summary>Every variable compose gives a program reaches a setting that program reads.</summary>
[TestFixture]
public sealed class ComposeEnvironmentTests
{
    [Test]
    public void Compose_EveryVariable_BindsToAConfigurationKeyOfItsProgram()
    {
        var unbound = ComposeFile.Load().Services.Values
            .Where(s => s.Project is not null)
            .SelectMany(s => EnvironmentVariableBinding.Unbound($"compose service {s.Name}", s.Project!, s.Environment.Keys));

        Assert.That(unbound, Is.Empty);
    }

    [Test]
    public void Compose_EveryProgram_ResolvesToAProjectByItsDockerfile()
    {
        var compose = ComposeFile.Load();

        Assert.That(compose.Services.Values.Where(s => s.Build is not null && s.Project is null).Select(s => s.Name), Is.Empty);
        Assert.That(compose.Services.Values.Select(s => s.Project).OfType<ServiceProject>().Distinct(), Is.EquivalentTo(ServiceProject.All));
    }
}
