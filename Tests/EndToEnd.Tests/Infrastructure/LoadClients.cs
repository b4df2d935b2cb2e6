using System.Net;

namespace EndToEnd.Tests.Infrastructure;

/// <summary>The HTTP client load runs share: one pool sized to the concurrency, like a real client would be.</summary>
internal static class LoadClients
{
    public static HttpClient Create(Uri baseAddress, int maxConnections) =>
        new(new SocketsHttpHandler
        {
            MaxConnectionsPerServer = maxConnections,
            PooledConnectionIdleTimeout = TimeSpan.FromSeconds(30),
            AutomaticDecompression = DecompressionMethods.None,
            UseCookies = false,
        }, disposeHandler: true)
        {
            BaseAddress = baseAddress,
            Timeout = TimeSpan.FromSeconds(10),
        };

    /// <summary>A GET that counts as successful only with a 200; anything else is the failure reason.</summary>
    public static async Task<string?> GetExpectingOkAsync(HttpClient client, string path, CancellationToken token)
    {
        using var response = await client.GetAsync(new Uri(path, UriKind.Relative), HttpCompletionOption.ResponseHeadersRead, token);
        if (response.StatusCode == HttpStatusCode.OK)
        {
            await response.Content.CopyToAsync(Stream.Null, token);
            return null;
        }

        var body = await response.Content.ReadAsStringAsync(token);
        return $"GET {path} -> {(int)response.StatusCode} {body[..Math.Min(body.Length, 200)]}";
    }
}
