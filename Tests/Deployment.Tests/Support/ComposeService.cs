namespace Deployment.Tests.Support;

/// <summary>One service of docker-compose.yml.</summary>
internal sealed record ComposeService(string Name, IReadOnlyDictionary<object, object> Definition)
{
    public string? Image => Definition.GetValueOrDefault("image") as string;

    public IReadOnlyDictionary<object, object>? Build => Definition.GetValueOrDefault("build") as Dictionary<object, object>;

    /// <summary>The Dockerfile path relative to the repository root, when the service builds one.</summary>
    public string? Dockerfile => Build is null
        ? null
        : System.IO.Path.Combine((string)Build["context"], Build.GetValueOrDefault("dockerfile") as string ?? "Dockerfile");

    /// <summary>The program the service runs, known by the Dockerfile it builds.</summary>
    public ServiceProject? Project => Dockerfile is null ? null : ServiceProject.ForDockerfile(Dockerfile);

    /// <summary>The environment, from either the mapping or the list form.</summary>
    public IReadOnlyDictionary<string, string> Environment => Definition.GetValueOrDefault("environment") switch
    {
        Dictionary<object, object> map => map.ToDictionary(p => (string)p.Key, p => p.Value as string ?? string.Empty),
        List<object> list => list.Cast<string>().Select(e => e.Split('=', 2)).ToDictionary(p => p[0], p => p.Length > 1 ? p[1] : string.Empty),
        _ => new Dictionary<string, string>(),
    };

    /// <summary>depends_on as service → condition (the short list form means service_started).</summary>
    public IReadOnlyDictionary<string, string> DependsOn => Definition.GetValueOrDefault("depends_on") switch
    {
        Dictionary<object, object> map => map.ToDictionary(
            p => (string)p.Key,
            p => ((Dictionary<object, object>)p.Value).GetValueOrDefault("condition") as string ?? "service_started"),
        List<object> list => list.Cast<string>().ToDictionary(s => s, _ => "service_started"),
        _ => new Dictionary<string, string>(),
    };

    public IReadOnlyList<string> Strings(string key) =>
        Definition.GetValueOrDefault(key) is List<object> list ? [.. list.Cast<string>()] : [];

    public override string ToString() => Name;
}
