using YamlDotNet.Core;
using YamlDotNet.Serialization;

namespace Deployment.Tests.Support;

/// <summary>docker-compose.yml with its YAML merge keys resolved, as plain dictionaries.</summary>
internal sealed class ComposeFile
{
    private ComposeFile(IReadOnlyDictionary<string, ComposeService> services) => Services = services;

    public IReadOnlyDictionary<string, ComposeService> Services { get; }

    public static string Path => RepositoryRoot.Combine("docker-compose.yml");

    public static ComposeFile Load()
    {
        using var reader = new StreamReader(Path);
        var parser = new MergingParser(new Parser(reader));
        var root = new DeserializerBuilder().Build().Deserialize<Dictionary<object, object>>(parser);
        var services = (Dictionary<object, object>)root["services"];
        return new ComposeFile(services.ToDictionary(
            pair => (string)pair.Key,
            pair => new ComposeService((string)pair.Key, (Dictionary<object, object>)pair.Value)));
    }

    public ComposeService this[string name] =>
        Services.TryGetValue(name, out var service)
            ? service
            : throw new AssertionException($"docker-compose.yml has no service '{name}'.");
}
