using System.Collections.Concurrent;
using System.Text.Json.Nodes;
using Gateway.Logging;
using Gateway.Configuration;
using Gateway.Routing;
using Gateway.Services;
using Microsoft.Extensions.Options;
using Yarp.ReverseProxy;

namespace Gateway.Swagger;

/// <summary>
/// Fetches each service's <c>/swagger/v1/swagger.json</c> from one of its live instances (through
/// the route's YARP cluster), caches it briefly, and serves it rewritten to the gateway's paths.
/// </summary>
internal sealed class SwaggerDocumentService(RouteConfigStore store, IProxyStateLookup proxyState, TimeProvider time,
    IOptions<GatewayOptions> options, ILogger<SwaggerDocumentService> logger)
{
    private const string DocumentPath = "/swagger/v1/swagger.json";
    private readonly ConcurrentDictionary<string, (JsonObject Document, DateTimeOffset Expires)> _cache = new(StringComparer.OrdinalIgnoreCase);

    // The last rewrite per service: rewriting compiles a regex per route and operation (about
    // 60 ms), and this endpoint is anonymous. One entry per service, so varying Host headers
    // cannot grow it.
    private readonly ConcurrentDictionary<string, Rewritten> _rewritten = new(StringComparer.OrdinalIgnoreCase);

    /// <summary>The services routes point at, named like their <c>ServiceName</c> (or static hosts).</summary>
    public IReadOnlyList<string> Services()
    {
        var table = store.Current;
        return table.Routes.Select(r => OpenApiPathRewriter.ServiceOf(table, r)).OfType<string>()
            .Distinct(StringComparer.OrdinalIgnoreCase).Order(StringComparer.Ordinal).ToArray();
    }

    /// <summary>The service's document as the gateway serves it (JSON text), or null when no instance gave one.</summary>
    public async Task<string?> GetAsync(string service, string gatewayUrl, CancellationToken cancellationToken)
    {
        var table = store.Current;
        var document = await FetchAsync(service, cancellationToken);
        if (document is null)
        {
            return null;
        }

        if (_rewritten.TryGetValue(service, out var last) && last.IsFor(document, table, gatewayUrl))
        {
            return last.Json;
        }

        var json = OpenApiPathRewriter.Rewrite((JsonObject)document.DeepClone(), table, service, gatewayUrl).ToJsonString();
        _rewritten[service] = new Rewritten(document, table, gatewayUrl, json);
        return json;
    }

    private async Task<JsonObject?> FetchAsync(string service, CancellationToken cancellationToken)
    {
        if (_cache.TryGetValue(service, out var cached) && cached.Expires > time.GetUtcNow())
        {
            return cached.Document;
        }

        var table = store.Current;
        var clusterIds = table.Routes.Where(r => string.Equals(OpenApiPathRewriter.ServiceOf(table, r), service, StringComparison.OrdinalIgnoreCase))
            .Select(r => r.ClusterId!).Distinct();
        foreach (var clusterId in clusterIds)
        {
            if (!proxyState.TryGetCluster(clusterId, out var cluster) || cluster.Model.HttpClient is not { } client)
            {
                continue;
            }

            foreach (var destination in cluster.DestinationsState.AvailableDestinations)
            {
                var uri = new Uri(destination.Model.Config.Address.TrimEnd('/') + DocumentPath);
                try
                {
                    using var timeout = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
                    timeout.CancelAfter(TimeSpan.FromSeconds(10));
                    using var request = new HttpRequestMessage(HttpMethod.Get, uri);
                    using var response = await client.SendAsync(request, timeout.Token);
                    response.EnsureSuccessStatusCode();
                    var json = JsonNode.Parse(await response.Content.ReadAsStreamAsync(timeout.Token)) as JsonObject;
                    if (json is not null)
                    {
                        _cache[service] = (json, time.GetUtcNow() + options.Value.SwaggerCacheDuration);
                        return json;
                    }
                }
                catch (Exception e) when (e is HttpRequestException or OperationCanceledException or System.Text.Json.JsonException)
                {
                    GatewayLog.SwaggerFetchFailed(logger, service, e.Message);
                }
            }
        }

        return null;
    }

    private sealed record Rewritten(JsonObject Source, RouteTable Table, string GatewayUrl, string Json)
    {
        public bool IsFor(JsonObject source, RouteTable table, string gatewayUrl) =>
            ReferenceEquals(Source, source) && ReferenceEquals(Table, table) && string.Equals(GatewayUrl, gatewayUrl, StringComparison.Ordinal);
    }
}
