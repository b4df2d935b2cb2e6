using System.Collections.Concurrent;
using System.Text.Json.Nodes;
using Gateway.Logging;
using Gateway.Configuration;
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

    /// <summary>The services routes point at, named like their <c>ServiceName</c> (or static hosts).</summary>
    public IReadOnlyList<string> Services()
    {
        var table = store.Current;
        return table.Routes.Select(r => OpenApiPathRewriter.ServiceOf(table, r)).OfType<string>()
            .Distinct(StringComparer.OrdinalIgnoreCase).Order(StringComparer.Ordinal).ToArray();
    }

    public async Task<JsonObject?> GetAsync(string service, string gatewayUrl, CancellationToken cancellationToken)
    {
        var table = store.Current;
        var document = await FetchAsync(service, cancellationToken);
        return document is null ? null : OpenApiPathRewriter.Rewrite((JsonObject)document.DeepClone(), table, service, gatewayUrl);
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
}
