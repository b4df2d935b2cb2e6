using System.Threading.Channels;
using Microsoft.AspNetCore.Http;

namespace Gateway.Tests.Fakes.KubernetesApi;

/// <summary>One open watch connection: the lines still to send, and a way to cut it like a dying API server.</summary>
internal sealed class FakeWatchSubscriber(string ns, LabelSelector selector, HttpContext context)
{
    private readonly Channel<string> _lines = Channel.CreateUnbounded<string>(new() { SingleReader = true });

    public string Namespace { get; } = ns;

    public LabelSelector Selector { get; } = selector;

    public ChannelReader<string> Lines => _lines.Reader;

    public void Send(string line) => _lines.Writer.TryWrite(line);

    /// <summary>Ends the stream cleanly after the lines already queued (what the API server does after an ERROR).</summary>
    public void Close() => _lines.Writer.TryComplete();

    /// <summary>Resets the connection mid-stream.</summary>
    public void Abort()
    {
        _lines.Writer.TryComplete();
        context.Abort();
    }
}
