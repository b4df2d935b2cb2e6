using System.Net;
using System.Net.Sockets;

namespace EndToEnd.Tests.Infrastructure;

/// <summary>
/// Gives each gateway client its own loopback source address (127.0.0.2, 127.0.0.3, ...), as if
/// each test class were a different machine. The gateway limits the token route per client IP as
/// well as per client id, so clients sharing 127.0.0.1 would share one window. Any 127.0.0.0/8
/// address reaches the gateway on 127.0.0.1 on Linux, where the suite runs.
/// </summary>
internal static class LoopbackSource
{
    private static int _last = 1;

    /// <summary>A handler whose connections all come from the next unused loopback address.</summary>
    public static SocketsHttpHandler NextHandler()
    {
        var last = Interlocked.Increment(ref _last);
        var local = new IPAddress([127, 0, (byte)(last / 254), (byte)(last % 254 + 1)]);
        return new SocketsHttpHandler
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
}
