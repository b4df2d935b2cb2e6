using Gateway.Configuration;
using Gateway.Logging;
using Gateway.Middleware;
using Gateway.RateLimiting;

namespace Gateway.Extensions;

internal static class PipelineExtensions
{
    /// <summary>Correlation id first, so every later log line and error body carries it.</summary>
    public static WebApplication UseCorrelationId(this WebApplication app)
    {
        app.UseMiddleware<CorrelationIdMiddleware>();
        return app;
    }

    /// <summary>After routing: 404 for no route, rate limiting (before authentication, like Ocelot), authorization, then the response cache of routes that have one.</summary>
    public static WebApplication UseGatewayRequestPipeline(this WebApplication app)
    {
        app.UseMiddleware<NoRouteMiddleware>();
        app.UseMiddleware<RateLimitMiddleware>();
        app.UseAuthorization();
        app.UseOutputCache();
        return app;
    }

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
