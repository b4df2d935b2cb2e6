using System.Text.Json;

namespace Gateway.Tests.Integration.Support;

/// <summary>A route file in its own temporary directory, rewritable for reload tests.</summary>
internal sealed class RouteFile : IDisposable
{
    private readonly string _directory = Directory.CreateTempSubdirectory("gateway-tests-").FullName;

    public RouteFile(object content)
    {
        Path = System.IO.Path.Combine(_directory, "ocelot.json");
        Write(content);
    }

    public string Path { get; }

    public void Write(object content) => WriteText(JsonSerializer.Serialize(content));

    public void WriteText(string json)
    {
        var temporary = Path + ".tmp";
        File.WriteAllText(temporary, json);
        File.Move(temporary, Path, overwrite: true);
    }

    public void Dispose() => Directory.Delete(_directory, recursive: true);
}
