using System.Globalization;
using Gateway.Errors;
using Gateway.Logging;
using Gateway.Routing;
using Yarp.ReverseProxy.Forwarder;

namespace Gateway.Proxy;

/// <summary>Rejects requests with 503 and <c>Retry-After</c> while a route's circuit is open; counts outcomes otherwise.</summary>
internal sealed class CircuitBreakerMiddleware(RequestDelegate next, ILogger<CircuitBreakerMiddleware> logger)
{
    public async Task InvokeAsync(HttpContext context)
    {
        var route = context.GetEndpoint()?.Metadata.GetMetadata<GatewayRoute>();
        if (route?.CircuitBreaker is not { } breaker)
        {
            await next(context);
            return;
        }

        if (!breaker.TryEnter(out var retryAfter))
        {
            GatewayLog.CircuitOpen(logger, route.Id, retryAfter);
            context.Response.Headers.RetryAfter = Math.Ceiling(retryAfter.TotalSeconds).ToString(CultureInfo.InvariantCulture);
            await ProblemWriter.WriteAsync(context, StatusCodes.Status503ServiceUnavailable, "Service Unavailable",
                "The downstream service is failing; the circuit is open.");
            return;
        }

        await next(context);
        var error = context.Features.Get<IForwarderErrorFeature>()?.Error;
        var clientGone = error is ForwarderError.RequestCanceled or ForwarderError.RequestBodyCanceled or ForwarderError.RequestBodyClient;
        breaker.Record(!clientGone && (error is not null || context.Response.StatusCode >= 500));
    }
}
