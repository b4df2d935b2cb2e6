using System.Diagnostics;
using Gateway.Logging;
using Gateway.Routing;

namespace Gateway.Aggregation;

/// <summary>Answers aggregate routes in the proxy pipeline, before load balancing; other routes pass through.</summary>
internal sealed class AggregateMiddleware(RequestDelegate next, AggregateHandler handler, ILogger<AggregateMiddleware> logger)
{
    // Not async on the common path: no state machine for routes that are not aggregates.
    public Task InvokeAsync(HttpContext context)
    {
        var route = context.GetEndpoint()?.Metadata.GetMetadata<GatewayRoute>();
        return route?.Aggregate is { } aggregate ? AggregateAsync(context, route, aggregate) : next(context);
    }

    private async Task AggregateAsync(HttpContext context, GatewayRoute route, AggregateSpec aggregate)
    {
        var start = Stopwatch.GetTimestamp();
        await handler.HandleAsync(context, route, aggregate);
        GatewayLog.Aggregated(logger, context.Request.Method, context.Request.Path.Value, route.Id,
            context.Response.StatusCode, Stopwatch.GetElapsedTime(start).TotalMilliseconds);
    }
}
