using System.Net;
using System.Net.Sockets;

namespace EndToEnd.Tests.Infrastructure;

/// <summary>
/// Free TCP ports on loopback, found by letting the OS pick one for a throw-away listener. Only for
/// the in-process stand-ins that must share one port across addresses; child programs bind port 0
/// and report theirs (ProgramProcess), so no port is handed over between processes.
/// </summary>
internal static class LoopbackPorts
{
    private const int MaxAttempts = 50;

    /// <summary>A port free on every address given (stand-ins of several "pods" share one port).</summary>
    public static int NextFreeOnAll(IReadOnlyList<IPAddress> addresses)
    {
        for (var attempt = 0; attempt < MaxAttempts; attempt++)
        {
            var port = Next(addresses[0]);
            if (addresses.Skip(1).All(address => IsFree(address, port)))
            {
                return port;
            }
        }

        throw new InvalidOperationException($"No port free on all of {string.Join(", ", addresses)} after {MaxAttempts} attempts.");
    }

    private static int Next(IPAddress address)
    {
        using var listener = new TcpListener(address, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }

    private static bool IsFree(IPAddress address, int port)
    {
        try
        {
            using var listener = new TcpListener(address, port);
            listener.Start();
            return true;
        }
        catch (SocketException)
        {
            return false;
        }
    }
}
