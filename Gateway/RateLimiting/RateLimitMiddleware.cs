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
/// fresh window, so the header lifts the limit. Ours (docs/gateway-security.md): the header can only
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

    private Task LimitAsync(HttpContext context, RateLimitRule rule)
    {
        var header = context.Request.Headers[rule.ClientIdHeader];
        var clientId = header.Count > 0 && !string.IsNullOrEmpty(header[0]) ? header[0] : null;
        var address = context.Connection.RemoteIpAddress;
        if ((clientId is not null && rule.Whitelist.Contains(clientId)) || (clientId is null && address is null))
        {
            return next(context);
        }

        using var byAddress = address is null ? null : Acquire(rule, address);
        if (byAddress is { IsAcquired: false })
        {
            return RejectAsync(context, rule, byAddress);
        }

        using var byClient = clientId is null ? null : Acquire(rule, clientId);
        if (byClient is { IsAcquired: false })
        {
            return RejectAsync(context, rule, byClient);
        }

        if (rule.EnableHeaders)
        {
            // The tighter of the two windows is the one the client will hit first.
            var window = byClient is null || (byAddress is not null && byAddress.Remaining < byClient.Remaining) ? byAddress! : byClient;
            var headers = context.Response.Headers;
            headers["X-RateLimit-Limit"] = rule.LimitText;
            headers["X-RateLimit-Remaining"] = window.Remaining.ToString(CultureInfo.InvariantCulture);
            headers["X-RateLimit-Reset"] = Seconds(window);
        }

        return next(context);
    }

    private WindowLease Acquire(RateLimitRule rule, object client) =>
        (WindowLease)limiter.Limiter.AttemptAcquire(new RateLimitKey(rule, client));

    private static Task RejectAsync(HttpContext context, RateLimitRule rule, WindowLease lease)
    {
        context.Response.Headers.RetryAfter = Seconds(lease);
        return ProblemWriter.WriteAsync(context, rule.StatusCode, "Too Many Requests", rule.Message);
    }

    private static string Seconds(WindowLease lease) =>
        ((long)Math.Ceiling(lease.ResetAfter.TotalSeconds)).ToString(CultureInfo.InvariantCulture);
}
