using System.Text;

namespace ServiceDefaults.Logging;

/// <summary>
/// Console.Out writes to a redirected stdout (a container's log pipe, a file) through a 256-char
/// buffer: one write(2) per 256 characters, about two per JSON request line, however NLog batches.
/// A writer with a 64 KB buffer that flushes after every call writes each batch in one system call
/// and keeps nothing back. The gateway compiles this same file (Gateway.csproj): it does not
/// reference ServiceDefaults.
/// </summary>
internal static class StandardOutput
{
    private static int replaced;

    /// <summary>Once per process; a terminal keeps the runtime's writer.</summary>
    public static void UseWholeWritesWhenRedirected()
    {
        if (Console.IsOutputRedirected && Interlocked.Exchange(ref replaced, 1) == 0)
        {
            Console.SetOut(new StreamWriter(Console.OpenStandardOutput(), new UTF8Encoding(false), 64 * 1024) { AutoFlush = true });
        }
    }
}
