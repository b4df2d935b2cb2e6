using System.Diagnostics;
using Gateway.Logging;
using Gateway.Routing;

namespace Gateway.Aggregation;

/// <summary>Answers aggregate routes in the proxy pipeline, before load balancing; other routes pass through.</summary>
internal sealed class AggregateMiddleware(RequestDelegate next, AggregateHandler handler, ILogger<AggregateMiddleware> logger)
{
    public async Task InvokeAsync(HttpContext context)
    {
        var route = context.GetEndpoint()?.Metadata.GetMetadata<GatewayRoute>();
        if (route?.Aggregate is not { } aggregate)
        {
            await next(context);
            return;
        }

        var start = Stopwatch.GetTimestamp();
        await handler.HandleAsync(context, route, aggregate);
        GatewayLog.Aggregated(logger, context.Request.Method, context.Request.Path.Value, route.Id,
            context.Response.StatusCode, Stopwatch.GetElapsedTime(start).TotalMilliseconds);
    }
}
