using Deployment.Tests.Support;

namespace Deployment.Tests.Docker;

/// <summary>
/// Runs each Dockerfile's restore and publish commands exactly as the image build does (from the
/// repository root, only the -o path changed), so a broken image build fails here without Docker.
/// </summary>
[TestFixture]
[Category("Slow")]
[NonParallelizable]
public sealed class DockerfilePublishTests
{
    private static readonly TimeSpan _timeout = TimeSpan.FromMinutes(10);
    private static readonly string[] _services = ["userservice", "postservice", "gateway"];

    [TestCaseSource(nameof(_services))]
    public async Task Dockerfile_RestoreAndPublish_ProduceTheEntryAssembly(string service)
    {
        var project = ServiceProject.Named(service);
        var dockerfile = Dockerfile.Load(project.Dockerfile);
        var output = Directory.CreateDirectory(Path.Combine(Path.GetTempPath(), "publish-" + Guid.NewGuid().ToString("N"))).FullName;
        try
        {
            var restore = await RunAsync(dockerfile.Run("dotnet restore"), output);
            Assert.That(restore.ExitCode, Is.Zero, restore.Describe());

            var publish = await RunAsync(dockerfile.Run("dotnet publish"), output);
            Assert.That(publish.ExitCode, Is.Zero, publish.Describe());

            var expected = project == ServiceProject.Gateway ? new[] { project.EntryAssembly, "ocelot.json" } : [project.EntryAssembly];
            Assert.That(expected.Where(f => !File.Exists(Path.Combine(output, f))), Is.Empty, "missing from the publish output");
        }
        finally
        {
            Directory.Delete(output, recursive: true);
        }
    }

    private static Task<ProcessResult> RunAsync(string command, string output)
    {
        var words = command.Split(' ', StringSplitOptions.RemoveEmptyEntries).ToList();
        var o = words.IndexOf("-o");
        if (o >= 0)
        {
            words[o + 1] = output;
        }

        return ProcessRunner.RunAsync(words[0], words.Skip(1), RepositoryRoot.Path, _timeout);
    }
}
