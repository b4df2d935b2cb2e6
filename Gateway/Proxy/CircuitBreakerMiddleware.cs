using System.Globalization;
using Gateway.Errors;
using Gateway.Logging;
using Gateway.Routing;
using Yarp.ReverseProxy.Forwarder;

namespace Gateway.Proxy;

/// <summary>Rejects requests with 503 and <c>Retry-After</c> while a route's circuit is open; counts outcomes otherwise.</summary>
internal sealed class CircuitBreakerMiddleware(RequestDelegate next, ILogger<CircuitBreakerMiddleware> logger)
{
    // Not async on the common path: no state machine for routes without a breaker.
    public Task InvokeAsync(HttpContext context)
    {
        var route = context.GetEndpoint()?.Metadata.GetMetadata<GatewayRoute>();
        return route?.CircuitBreaker is { } breaker ? GuardAsync(context, route, breaker) : next(context);
    }

    private async Task GuardAsync(HttpContext context, GatewayRoute route, CircuitBreaker breaker)
    {
        if (!breaker.TryEnter(out var retryAfter, out var isTrial))
        {
            GatewayLog.CircuitOpen(logger, route.Id, retryAfter);
            context.Response.Headers.RetryAfter = Math.Ceiling(retryAfter.TotalSeconds).ToString(CultureInfo.InvariantCulture);
            await ProblemWriter.WriteAsync(context, StatusCodes.Status503ServiceUnavailable, "Service Unavailable",
                "The downstream service is failing; the circuit is open.");
            return;
        }

        // Decided in finally: a trial that throws (the client went away while the response was written)
        // must not leave the trial flag set, or the route answers 503 until the next reload.
        bool? failed = null;
        try
        {
            await next(context);
            failed = Outcome(context);
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

    /// <summary>Failed, succeeded, or null when the client gave up: that says nothing about the service.</summary>
    private static bool? Outcome(HttpContext context)
    {
        var error = context.Features.Get<IForwarderErrorFeature>()?.Error;
        if (context.RequestAborted.IsCancellationRequested
            || error is ForwarderError.RequestCanceled or ForwarderError.RequestBodyCanceled or ForwarderError.RequestBodyClient)
        {
            return null;
        }

        return error is not null || context.Response.StatusCode >= 500;
    }
}
