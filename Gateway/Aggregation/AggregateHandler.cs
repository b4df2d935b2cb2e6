using System.Globalization;
using System.Text.Json;
using Gateway.Errors;
using Gateway.Logging;
using Gateway.RateLimiting;
using Gateway.Routing;

namespace Gateway.Aggregation;

/// <summary>
/// Ocelot's default aggregator: calls every keyed route in parallel and answers 200
/// <c>application/json</c> with one property per route key holding that route's body verbatim. If a
/// sub-request fails, its status (and body) is returned instead.
/// </summary>
/// <remarks>
/// A part is a request to its route, so it counts against that route's rate limit (the same windows
/// as direct calls) and passes its route's circuit breaker (the same circuit); the aggregate's policy
/// requires every part's policy (route table), and parts whose settings cannot apply to a
/// sub-request are refused when the route file loads.
/// </remarks>
internal sealed class AggregateHandler(AggregatePartSender sender, ClientRateLimiter limiter, ILogger<AggregateHandler> logger)
{
    public async Task HandleAsync(HttpContext context, GatewayRoute route, AggregateSpec aggregate)
    {
        foreach (var part in aggregate.Parts)
        {
            if (part.Route.RateLimit is { } rule && !limiter.TryAcquire(context, rule, out var lease))
            {
                GatewayLog.AggregatePartFailed(logger, route.Id, part.Key, "rate limited");
                await RateLimitMiddleware.RejectAsync(context, rule, lease!);
                return;
            }
        }

        var values = EncodedPath.Capture(route, context.Request, EncodedPath.Find(context));
        var parts = await Task.WhenAll(aggregate.Parts.Select(part => sender.SendAsync(context, part, values)));
        var failed = parts.FirstOrDefault(p => p.Failed);
        if (failed is not null)
        {
            await WriteFailureAsync(context, route, failed);
            return;
        }

        context.Response.StatusCode = StatusCodes.Status200OK;
        context.Response.ContentType = "application/json; charset=utf-8";
        await using var writer = new Utf8JsonWriter(context.Response.Body);
        writer.WriteStartObject();
        foreach (var part in parts)
        {
            writer.WritePropertyName(part.Key);
            WriteBody(writer, part);
        }

        writer.WriteEndObject();
        await writer.FlushAsync(context.RequestAborted);
    }

    private static void WriteBody(Utf8JsonWriter writer, PartResponse part)
    {
        if (part.Body.Length == 0)
        {
            writer.WriteNullValue();
            return;
        }

        try
        {
            writer.WriteRawValue(part.Body);
        }
        catch (JsonException)
        {
            // Not JSON: embed it as a string so the aggregate stays valid JSON.
            writer.WriteStringValue(System.Text.Encoding.UTF8.GetString(part.Body));
        }
    }

    private async Task WriteFailureAsync(HttpContext context, GatewayRoute route, PartResponse failed)
    {
        GatewayLog.AggregatePartFailed(logger, route.Id, failed.Key, failed.Failure ?? $"status {failed.StatusCode}");
        if (failed.Failure is not null)
        {
            if (failed.RetryAfter is { } retryAfter)
            {
                context.Response.Headers.RetryAfter = Math.Ceiling(retryAfter.TotalSeconds).ToString(CultureInfo.InvariantCulture);
            }

            await ProblemWriter.WriteAsync(context, failed.StatusCode, "Aggregate failed", $"The '{failed.Key}' request failed: {failed.Failure}");
            return;
        }

        context.Response.StatusCode = failed.StatusCode;
        if (failed.ContentType is not null)
        {
            context.Response.ContentType = failed.ContentType;
        }

        await context.Response.Body.WriteAsync(failed.Body, context.RequestAborted);
    }
}
