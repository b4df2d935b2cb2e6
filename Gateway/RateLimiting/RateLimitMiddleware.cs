using System.Globalization;
using Gateway.Errors;
using Gateway.Routing;

namespace Gateway.RateLimiting;

/// <summary>
/// Rate limits the routes that have a rule (others pay one metadata lookup): per client IP, and also
/// per client id header when one is sent; whitelist honoured, Ocelot's headers on allowed responses,
/// the rule's status with <c>Retry-After</c> and the quota message when blocked.
/// </summary>
/// <remarks>
/// Ocelot keys only on the client id header, which the caller chooses: a fresh value per request is a
/// fresh window, so the header lifts the limit. Ours (README, Gateway → Security decisions): the header can only
/// narrow the limit. The IP window is checked first and always, so one address gets at most the limit
/// whatever ids it sends (and rejected requests create no id window); the id window then still limits
/// one client across addresses, as Ocelot users expect.
/// </remarks>
internal sealed class RateLimitMiddleware(RequestDelegate next, ClientRateLimiter limiter)
{
    public Task InvokeAsync(HttpContext context)
    {
        var rule = context.GetEndpoint()?.Metadata.GetMetadata<GatewayRoute>()?.RateLimit;
        return rule is null ? next(context) : LimitAsync(context, rule);
    }

    /// <summary>The rejection every limited path writes (routes and aggregate parts alike).</summary>
    public static Task RejectAsync(HttpContext context, RateLimitRule rule, WindowLease lease)
    {
        context.Response.Headers.RetryAfter = Seconds(lease);
        return ProblemWriter.WriteAsync(context, rule.StatusCode, "Too Many Requests", rule.Message);
    }

    private Task LimitAsync(HttpContext context, RateLimitRule rule)
    {
        if (!limiter.TryAcquire(context, rule, out var lease))
        {
            return RejectAsync(context, rule, lease!);
        }

        if (lease is not null && rule.EnableHeaders)
        {
            var headers = context.Response.Headers;
            headers["X-RateLimit-Limit"] = rule.LimitText;
            headers["X-RateLimit-Remaining"] = lease.Remaining.ToString(CultureInfo.InvariantCulture);
            headers["X-RateLimit-Reset"] = Seconds(lease);
        }

        return next(context);
    }

    private static string Seconds(WindowLease lease) =>
        ((long)Math.Ceiling(lease.ResetAfter.TotalSeconds)).ToString(CultureInfo.InvariantCulture);
}
