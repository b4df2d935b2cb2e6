namespace Deployment.Tests.Support;

/// <summary>
/// The directory to render: k8s/ itself when its git-ignored secrets.env exists, otherwise a
/// temporary copy with secrets.env made from the committed example, so no secret is ever
/// written into the repository tree.
/// </summary>
internal sealed class KustomizeSource : IDisposable
{
    private readonly string? _temporaryRoot;

    private KustomizeSource(string directory, string? temporaryRoot)
    {
        Directory = directory;
        _temporaryRoot = temporaryRoot;
    }

    public string Directory { get; }

    public static KustomizeSource Prepare()
    {
        var k8s = RepositoryRoot.Combine("k8s");
        if (File.Exists(Path.Combine(k8s, "secrets.env")))
        {
            return new KustomizeSource(k8s, null);
        }

        var root = Path.Combine(Path.GetTempPath(), "deployment-tests-" + Guid.NewGuid().ToString("N"));
        var copy = Path.Combine(root, "k8s");
        CopyDirectory(k8s, copy);
        File.Copy(Path.Combine(k8s, "secrets.env.example"), Path.Combine(copy, "secrets.env"));
        return new KustomizeSource(copy, root);
    }

    public void Dispose()
    {
        if (_temporaryRoot is not null)
        {
            System.IO.Directory.Delete(_temporaryRoot, recursive: true);
        }
    }

    private static void CopyDirectory(string source, string destination)
    {
        System.IO.Directory.CreateDirectory(destination);
        foreach (var file in System.IO.Directory.EnumerateFiles(source))
        {
            File.Copy(file, Path.Combine(destination, Path.GetFileName(file)));
        }

        foreach (var directory in System.IO.Directory.EnumerateDirectories(source))
        {
            CopyDirectory(directory, Path.Combine(destination, Path.GetFileName(directory)));
        }
    }
}
