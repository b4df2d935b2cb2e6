using System.Xml.Linq;
using Deployment.Tests.Support;

namespace Deployment.Tests.Docker;

/// <summary>Each Dockerfile restores from exactly the project files it needs and ships a hardened runtime stage.</summary>
[TestFixture]
public sealed class DockerfileLayoutTests
{
    private static readonly string[] _services = ["userservice", "postservice", "gateway"];

    [TestCaseSource(nameof(_services))]
    public void Dockerfile_RestoreLayer_CopiesExactlyTheProjectFilesOfTheReferenceClosure(string service)
    {
        var project = ServiceProject.Named(service);
        var dockerfile = Dockerfile.Load(project.Dockerfile);
        var restoreIndex = dockerfile.Instructions.ToList().FindIndex(i => i.Keyword == "RUN" && i.Arguments.StartsWith("dotnet restore", StringComparison.Ordinal));
        var copiedBeforeRestore = dockerfile.Instructions.Take(restoreIndex)
            .Where(i => i.Keyword == "COPY")
            .SelectMany(i => i.Words.SkipLast(1))
            .Where(w => w.EndsWith(".csproj", StringComparison.Ordinal));

        Assert.That(restoreIndex, Is.GreaterThan(0), "no RUN dotnet restore");
        Assert.That(copiedBeforeRestore, Is.EquivalentTo(ProjectClosure(project.ProjectFile)));
    }

    [TestCaseSource(nameof(_services))]
    public void Dockerfile_RestoreLayer_CopiesTheBuildWideFiles(string service)
    {
        var project = ServiceProject.Named(service);
        var firstCopy = Dockerfile.Load(project.Dockerfile).All("COPY").First().Words;

        Assert.That(firstCopy, Is.SupersetOf(new[] { "global.json", "Directory.Build.props", "Directory.Packages.props" }));
    }

    [TestCaseSource(nameof(_services))]
    public void Dockerfile_SourceCopies_CoverEveryProjectDirectoryOfTheClosure(string service)
    {
        var project = ServiceProject.Named(service);
        var copied = Dockerfile.Load(project.Dockerfile).All("COPY").Select(i => i.Words[0]).ToHashSet();
        var directories = ProjectClosure(project.ProjectFile).Select(p => Path.GetDirectoryName(p)!.Replace('\\', '/') + "/");

        Assert.That(directories.Where(d => !copied.Contains(d)), Is.Empty);
    }

    // A source file a project compiles in from outside its own folder (the gateway shares
    // ServiceDefaults/Logging/StandardOutput.cs) is in no copied project directory: without its own
    // COPY the image build fails while every build on a developer's machine passes.
    [TestCaseSource(nameof(_services))]
    public void Dockerfile_SourceCopies_CoverEveryLinkedSourceFile(string service)
    {
        var project = ServiceProject.Named(service);
        var copies = Dockerfile.Load(project.Dockerfile).All("COPY").Select(i => (Source: i.Words[0], Target: i.Words[^1])).ToList();
        var linked = ProjectClosure(project.ProjectFile).SelectMany(LinkedSourceFiles);

        // Copied to the same relative path: on its own into its folder, or with a whole folder.
        bool CopiedInPlace(string file) => copies.Any(c =>
            (c.Source == file && c.Target == file[..(file.LastIndexOf('/') + 1)])
            || (c.Source.EndsWith('/') && c.Target == c.Source && file.StartsWith(c.Source, StringComparison.Ordinal)));

        Assert.That(linked.Where(file => !CopiedInPlace(file)), Is.Empty);
    }

    [TestCaseSource(nameof(_services))]
    public void Dockerfile_FinalStage_IsTheAspNetRuntimeAsNonRootOn8080(string service)
    {
        var project = ServiceProject.Named(service);
        var stage = Dockerfile.Load(project.Dockerfile).FinalStage;
        var env = stage.Where(i => i.Keyword == "ENV").SelectMany(i => i.EnvironmentPairs).ToDictionary();

        Assert.That(stage[0].Words[0], Is.EqualTo("mcr.microsoft.com/dotnet/aspnet:10.0"));
        Assert.That(stage.Last(i => i.Keyword == "USER").Arguments, Is.EqualTo("$APP_UID"));
        Assert.That(env, Does.ContainKey("ASPNETCORE_HTTP_PORTS").WithValue("8080"));
        Assert.That(env, Does.ContainKey("Logging__Format").WithValue("json"));
        Assert.That(stage.Single(i => i.Keyword == "EXPOSE").Arguments, Is.EqualTo("8080"));
        Assert.That(stage.Single(i => i.Keyword == "ENTRYPOINT").Arguments, Is.EqualTo($"[\"dotnet\", \"{project.EntryAssembly}\"]"));
    }

    // The runtime reads these only from the environment; the benchmark figures (CPU per request,
    // peak memory) assume them.
    [Test]
    public void GatewayImage_RunsWithTheBenchmarkedRuntimeSettings()
    {
        var stage = Dockerfile.Load(ServiceProject.Named("gateway").Dockerfile).FinalStage;
        var env = stage.Where(i => i.Keyword == "ENV").SelectMany(i => i.EnvironmentPairs).ToDictionary();

        Assert.That(env, Does.ContainKey("DOTNET_SYSTEM_NET_SOCKETS_INLINE_COMPLETIONS").WithValue("1"));
        Assert.That(env, Does.ContainKey("DOTNET_GCgen0size").WithValue("0x800000"));
    }

    [Test]
    public void DockerIgnore_ExcludesBuildOutputSecretsAndTests()
    {
        var patterns = File.ReadAllLines(RepositoryRoot.Combine(".dockerignore")).Select(l => l.Trim()).ToHashSet();

        Assert.That(patterns, Is.SupersetOf(new[] { "**/bin/", "**/obj/", ".git/", "Tests/", ".env", "*.pem", "k8s/", ".data/" }));
        Assert.That(patterns.Where(p => !p.StartsWith('#') && (p.Contains("ocelot", StringComparison.OrdinalIgnoreCase) || p.Contains(".props", StringComparison.Ordinal))),
            Is.EqualTo(new[] { "!k8s/gateway/ocelot.json" }), "only the route file the root ocelot.json links to may be re-included");
    }

    /// <summary>The project and every project it references, transitively, relative to the repository root.</summary>

    // Compile items outside the project's folder, as paths from the repository root.
    private static IEnumerable<string> LinkedSourceFiles(string projectFile)
    {
        var projectPath = Path.GetFullPath(projectFile, RepositoryRoot.Path);
        var projectDirectory = Path.GetDirectoryName(projectPath)!;
        return XDocument.Load(projectPath).Descendants("Compile")
            .Select(item => item.Attribute("Include")?.Value)
            .OfType<string>()
            .Select(include => Path.GetFullPath(include.Replace('\\', Path.DirectorySeparatorChar), projectDirectory))
            .Where(path => !path.StartsWith(projectDirectory + Path.DirectorySeparatorChar, StringComparison.Ordinal))
            .Select(path => Path.GetRelativePath(RepositoryRoot.Path, path).Replace('\\', '/'));
    }

    private static SortedSet<string> ProjectClosure(string projectFile)
    {
        var result = new SortedSet<string>(StringComparer.Ordinal);
        var pending = new Stack<string>([Path.GetFullPath(projectFile)]);
        while (pending.TryPop(out var current))
        {
            if (!result.Add(Path.GetRelativePath(RepositoryRoot.Path, current).Replace('\\', '/')))
            {
                continue;
            }

            foreach (var reference in XDocument.Load(current).Descendants("ProjectReference"))
            {
                var include = reference.Attribute("Include")!.Value.Replace('\\', Path.DirectorySeparatorChar);
                pending.Push(Path.GetFullPath(include, Path.GetDirectoryName(current)!));
            }
        }

        return result;
    }
}
