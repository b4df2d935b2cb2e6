using System.Globalization;
using Gateway.Errors;
using Gateway.Routing;

namespace Gateway.RateLimiting;

/// <summary>
/// Rate limits the routes that have a rule (others pay one metadata lookup): per client id header,
/// else per client IP (ours; Ocelot answers 503), whitelist honoured, Ocelot's headers on allowed
/// responses, the rule's status with <c>Retry-After</c> and the quota message when blocked.
/// </summary>
internal sealed class RateLimitMiddleware(RequestDelegate next, ClientRateLimiter limiter)
{

    public Task InvokeAsync(HttpContext context)
    {
        var rule = context.GetEndpoint()?.Metadata.GetMetadata<GatewayRoute>()?.RateLimit;
        if (rule is null)
        {
            return next(context);
        }

        var clientHeader = context.Request.Headers[rule.ClientIdHeader];
        object? client = clientHeader.Count > 0 && !string.IsNullOrEmpty(clientHeader[0]) ? clientHeader[0] : context.Connection.RemoteIpAddress;
        if (client is null || (client is string id && rule.Whitelist.Contains(id)))
        {
            return next(context);
        }

        using var lease = limiter.Limiter.AttemptAcquire(new RateLimitKey(rule, client));
        var window = (WindowLease)lease;
        var seconds = ((long)Math.Ceiling(window.ResetAfter.TotalSeconds)).ToString(CultureInfo.InvariantCulture);
        if (window.IsAcquired)
        {
            if (rule.EnableHeaders)
            {
                var headers = context.Response.Headers;
                headers["X-RateLimit-Limit"] = rule.LimitText;
                headers["X-RateLimit-Remaining"] = window.Remaining.ToString(CultureInfo.InvariantCulture);
                headers["X-RateLimit-Reset"] = seconds;
            }

            return next(context);
        }

        context.Response.Headers.RetryAfter = seconds;
        return ProblemWriter.WriteAsync(context, rule.StatusCode, "Too Many Requests", rule.Message);
    }
}
