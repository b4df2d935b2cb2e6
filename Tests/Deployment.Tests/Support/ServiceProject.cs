using Microsoft.Extensions.Configuration;

namespace Deployment.Tests.Support;

/// <summary>One of the three deployable programs, by its system-wide service name.</summary>
internal sealed record ServiceProject(string ServiceName, string ProjectName)
{
    public static readonly ServiceProject UserService = new("userservice", "UserService");
    public static readonly ServiceProject PostService = new("postservice", "PostService");
    public static readonly ServiceProject Gateway = new("gateway", "Gateway");

    public static IReadOnlyList<ServiceProject> All { get; } = [UserService, PostService, Gateway];

    public string Directory => RepositoryRoot.Combine(ProjectName);

    public string ProjectFile => Path.Combine(Directory, ProjectName + ".csproj");

    public string Dockerfile => Path.Combine(Directory, "Dockerfile");

    public string EntryAssembly => ProjectName + ".dll";

    public static ServiceProject Named(string serviceName) => All.Single(p => p.ServiceName == serviceName);

    /// <summary>The project whose image is named <paramref name="image"/> (registry/…/name:tag).</summary>
    public static ServiceProject? ForImage(string image)
    {
        var name = image.Split('/')[^1].Split(':')[0];
        return All.SingleOrDefault(p => p.ServiceName == name);
    }

    /// <summary>The project a Dockerfile path (relative or absolute) builds.</summary>
    public static ServiceProject? ForDockerfile(string dockerfile) =>
        All.SingleOrDefault(p => Path.GetFullPath(dockerfile, RepositoryRoot.Path) == p.Dockerfile);

    /// <summary>Every key the program's appsettings.json declares, flattened with ':'.</summary>
    public IReadOnlySet<string> ConfigurationKeys()
    {
        var configuration = new ConfigurationBuilder()
            .AddJsonFile(Path.Combine(Directory, "appsettings.json"), optional: false)
            .Build();
        return configuration.AsEnumerable().Select(pair => pair.Key).ToHashSet(StringComparer.OrdinalIgnoreCase);
    }

    public override string ToString() => ServiceName;
}
