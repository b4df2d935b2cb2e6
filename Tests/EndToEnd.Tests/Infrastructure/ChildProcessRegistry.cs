using System.Diagnostics;

namespace EndToEnd.Tests.Infrastructure;

/// <summary>
/// Every child program still alive, killed when the test host exits, so an aborted run never leaves
/// servers holding ports and data folders.
/// </summary>
internal static class ChildProcessRegistry
{
    private static readonly Lock Gate = new();
    private static readonly HashSet<Process> Alive = [];

    static ChildProcessRegistry() => AppDomain.CurrentDomain.ProcessExit += (_, _) => KillAll();

    public static void Add(Process process)
    {
        lock (Gate)
        {
            Alive.Add(process);
        }
    }

    public static void Remove(Process process)
    {
        lock (Gate)
        {
            Alive.Remove(process);
        }
    }

    private static void KillAll()
    {
        lock (Gate)
        {
            foreach (var process in Alive)
            {
                try
                {
                    process.Kill(entireProcessTree: true);
                }
                catch (InvalidOperationException)
                {
                    // Already gone.
                }
            }

            Alive.Clear();
        }
    }
}
