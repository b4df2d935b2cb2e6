namespace EndToEnd.Tests.Infrastructure;

/// <summary>
/// A fixture's folders: data (SQLite files, signing key, route files) in a temp folder deleted at
/// the end, and logs under the test work directory, where they outlive the run as attachments.
/// </summary>
internal sealed class TestRunDirectories : IDisposable
{
    public TestRunDirectories(string name)
    {
        var id = $"{name}-{DateTime.UtcNow:HHmmss}-{Guid.NewGuid().ToString("N")[..6]}";
        Data = Directory.CreateDirectory(Path.Combine(Path.GetTempPath(), "microservices-e2e", id)).FullName;
        Logs = Directory.CreateDirectory(Path.Combine(LogRoot, id)).FullName;
    }

    private static string LogRoot => Path.Combine(TestContext.CurrentContext.WorkDirectory, "e2e-logs");

    public string Data { get; }

    public string Logs { get; }

    public string DataFor(string program) => Directory.CreateDirectory(Path.Combine(Data, program)).FullName;

    /// <summary>Removes the logs of earlier runs, so the folder holds this run's only.</summary>
    public static void ClearLogs()
    {
        if (Directory.Exists(LogRoot))
        {
            Directory.Delete(LogRoot, recursive: true);
        }
    }

    public void Dispose()
    {
        try
        {
            Directory.Delete(Data, recursive: true);
        }
        catch (IOException)
        {
            // A killed child may still hold a file for a moment; the OS temp cleaner takes it later.
        }
    }
}
