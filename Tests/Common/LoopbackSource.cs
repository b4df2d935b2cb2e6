using System.Net;
using System.Net.Sockets;

namespace Microservices.Tests.Common;

/// <summary>
/// Client connections from a loopback source address other than 127.0.0.1, as if from another
/// machine: the gateway rate-limits per client IP, so clients sharing 127.0.0.1 share one window.
/// Any 127.0.0.0/8 address reaches a server on 127.0.0.1 on Linux, where the suites run. Linked
/// into each test project that needs it.
/// </summary>
internal static class LoopbackSource
{
    private static int _last;

    /// <summary>A handler whose connections all come from the next unused loopback address (127.0.0.2 on).</summary>
    public static SocketsHttpHandler NextHandler()
    {
        var last = Interlocked.Increment(ref _last);
        return Handler(new IPAddress([127, 0, (byte)(last / 254), (byte)(last % 254 + 1)]));
    }

    /// <summary>A handler whose connections all come from <paramref name="local"/>.</summary>
    public static SocketsHttpHandler Handler(IPAddress local) => new()
    {
        ConnectCallback = async (context, cancellationToken) =>
        {
            var socket = new Socket(SocketType.Stream, ProtocolType.Tcp);
            try
            {
                socket.Bind(new IPEndPoint(local, 0));
                await socket.ConnectAsync(context.DnsEndPoint, cancellationToken);
                return new NetworkStream(socket, ownsSocket: true);
            }
            catch
            {
                socket.Dispose();
                throw;
            }
        },
    };
}
