using System.Net;
using Gateway.Logging;
using Gateway.Proxy;
using Gateway.Routing;
using Yarp.ReverseProxy;
using Yarp.ReverseProxy.Model;

namespace Gateway.Aggregation;

/// <summary>
/// Sends one sub-request of an aggregate through the keyed route's YARP cluster: its healthy
/// destinations (round robin) and its pooled HTTP client, with the caller's credentials and
/// correlation id, under the cluster's timeout, through the route's response cache and circuit
/// breaker, in that order, as a direct request meets them.
/// </summary>
internal sealed class AggregatePartSender(IProxyStateLookup proxyState, PartCache cache, ILogger<AggregatePartSender> logger)
{
    private static readonly string[] ForwardedHeaders = ["Authorization", "Accept", "Accept-Language"];
    private int _next;

    public async Task<PartResponse> SendAsync(HttpContext context, AggregatePart part, PlaceholderValues values)
    {
        var pathAndQuery = values.BuildUriPath(part.Downstream) + context.Request.QueryString.Value;
        var cacheKey = PartCache.Key(context, part.Route, pathAndQuery);
        if (cacheKey is null)
        {
            return await SendThroughBreakerAsync(context, part, pathAndQuery);
        }

        if (await cache.GetAsync(cacheKey, part.Key, context.RequestAborted) is { } cached)
        {
            return cached;
        }

        var response = await SendThroughBreakerAsync(context, part, pathAndQuery);
        await cache.StoreAsync(cacheKey, part.Route, response, context.RequestAborted);
        return response;
    }

    /// <summary>
    /// A part is a request to its route, so the route's breaker guards it as it guards direct requests
    /// (<see cref="CircuitBreakerMiddleware"/>), in the same circuit: while it is open the part fails
    /// without calling the service, and its outcome counts like a direct request's, unless the client
    /// gave up, which says nothing about the service.
    /// </summary>
    private async Task<PartResponse> SendThroughBreakerAsync(HttpContext context, AggregatePart part, string pathAndQuery)
    {
        if (part.Route.CircuitBreaker is not { } breaker)
        {
            return await SendToClusterAsync(context, part, pathAndQuery);
        }

        if (!breaker.TryEnter(out var retryAfter, out var isTrial))
        {
            GatewayLog.CircuitOpen(logger, part.Route.Id, retryAfter);
            return new PartResponse(part.Key, StatusCodes.Status503ServiceUnavailable, null, [], "its circuit is open", retryAfter);
        }

        bool? failed = null;
        try
        {
            var response = await SendToClusterAsync(context, part, pathAndQuery);
            failed = context.RequestAborted.IsCancellationRequested ? null : response.Failure is not null || response.StatusCode >= 500;
            return response;
        }
        catch when (!context.RequestAborted.IsCancellationRequested)
        {
            failed = true;
            throw;
        }
        finally
        {
            breaker.End(failed, isTrial);
        }
    }

    private async Task<PartResponse> SendToClusterAsync(HttpContext context, AggregatePart part, string pathAndQuery)
    {
        if (!proxyState.TryGetCluster(part.Route.ClusterId!, out var cluster) || cluster.Model.HttpClient is not { } client)
        {
            return new PartResponse(part.Key, StatusCodes.Status503ServiceUnavailable, null, [], "its service has no cluster");
        }

        var destinations = cluster.DestinationsState.AvailableDestinations;
        if (destinations.Count == 0)
        {
            return new PartResponse(part.Key, StatusCodes.Status503ServiceUnavailable, null, [], "no instance is available");
        }

        var destination = destinations[(int)((uint)Interlocked.Increment(ref _next) % destinations.Count)];
        using var request = BuildRequest(context, part, pathAndQuery, destination);
        var timeout = cluster.Model.Config.HttpRequest?.ActivityTimeout ?? TimeSpan.FromSeconds(90);
        using var cancellation = CancellationTokenSource.CreateLinkedTokenSource(context.RequestAborted);
        cancellation.CancelAfter(timeout);
        try
        {
            using var response = await client.SendAsync(request, cancellation.Token);
            var body = await response.Content.ReadAsByteArrayAsync(cancellation.Token);
            return new PartResponse(part.Key, (int)response.StatusCode, response.Content.Headers.ContentType?.ToString(), body, null)
            {
                SetsCookie = response.Headers.Contains("Set-Cookie"),
            };
        }
        catch (OperationCanceledException) when (!context.RequestAborted.IsCancellationRequested)
        {
            return new PartResponse(part.Key, StatusCodes.Status504GatewayTimeout, null, [], "it timed out");
        }
        catch (HttpRequestException e)
        {
            return new PartResponse(part.Key, StatusCodes.Status502BadGateway, null, [], e.Message);
        }
    }

    private static HttpRequestMessage BuildRequest(HttpContext context, AggregatePart part, string pathAndQuery, DestinationState destination)
    {
        var uri = new Uri(destination.Model.Config.Address.TrimEnd('/') + pathAndQuery);
        var request = new HttpRequestMessage(new HttpMethod(part.Route.DownstreamMethod ?? HttpMethods.Get), uri)
        {
            Version = HttpVersion.Version11,
        };
        foreach (var header in ForwardedHeaders)
        {
            if (context.Request.Headers.TryGetValue(header, out var value))
            {
                request.Headers.TryAddWithoutValidation(header, (IEnumerable<string>)value!);
            }
        }

        request.Headers.TryAddWithoutValidation(part.Route.RequestIdKey, context.TraceIdentifier);
        TraceContext.Inject(request);
        return request;
    }
}
