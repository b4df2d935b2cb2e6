using Gateway.Configuration;
using Gateway.Logging;
using Gateway.Middleware;
using Gateway.RateLimiting;
using Gateway.Routing;

namespace Gateway.Extensions;

internal static class PipelineExtensions
{
    private const string AuthenticationMiddlewareSetKey = "__AuthenticationMiddlewareSet";
    private const string AuthorizationMiddlewareSetKey = "__AuthorizationMiddlewareSet";

    /// <summary>
    /// Correlation id right after routing (the matched route may name its own header) and before
    /// everything else, so every later log line and error body carries it.
    /// </summary>
    public static WebApplication UseCorrelationId(this WebApplication app)
    {
        app.UseMiddleware<CorrelationIdMiddleware>();
        return app;
    }

    /// <summary>
    /// After routing: 404 for no route, rate limiting (before authentication, like Ocelot),
    /// authorization, then the response cache of routes that have one. Proxy routes without a policy
    /// or a cache skip those two middleware: both would only find nothing to do, and authorization
    /// allocates the request's item dictionary just to mark that it ran.
    /// </summary>
    public static WebApplication UseGatewayRequestPipeline(this WebApplication app)
    {
        // WebApplication puts UseAuthentication and UseAuthorization at the very start of the
        // pipeline unless they were added to the application builder itself; it cannot see the
        // branch below. There, before routing, they find no endpoint and do nothing useful, yet
        // authentication creates the request's service scope and handler provider every time.
        // No default scheme exists (each route's policy names its scheme, see
        // AddGatewayAuthentication), so the branch's authorization is all that is needed. These
        // are the property keys UseAuthentication and UseAuthorization set, which it checks.
        var properties = ((IApplicationBuilder)app).Properties;
        properties[AuthenticationMiddlewareSetKey] = true;
        properties[AuthorizationMiddlewareSetKey] = true;
        app.UseMiddleware<NoRouteMiddleware>();
        app.UseMiddleware<RateLimitMiddleware>();
        app.UseWhen(NeedsAuthorization, branch => branch.UseAuthorization());
        app.UseWhen(NeedsOutputCache, branch => branch.UseOutputCache());
        return app;
    }

    // Endpoints that are not proxy routes (health, Swagger) keep the full pipeline.
    private static bool NeedsAuthorization(HttpContext context) =>
        context.GetEndpoint()?.Metadata.GetMetadata<GatewayRoute>() is not { AuthorizationPolicy: null };

    private static bool NeedsOutputCache(HttpContext context) =>
        context.GetEndpoint()?.Metadata.GetMetadata<GatewayRoute>() is not { CacheTtl: null };

    /// <summary>Runs the gateway; an invalid route file at startup ends it with exit code 1 after logging every error.</summary>
    public static async Task<int> RunGatewayAsync(this WebApplication app)
    {
        try
        {
            await app.RunAsync();
            return 0;
        }
        catch (RouteFileException)
        {
            GatewayLog.StartupFailed(app.Logger);
            return 1;
        }
        finally
        {
            NLog.LogManager.Shutdown();
        }
    }
}
