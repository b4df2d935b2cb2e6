using Gateway.Health;
using Microsoft.AspNetCore.Diagnostics.HealthChecks;

namespace Gateway.Extensions;

internal static class HealthExtensions
{
    public static WebApplicationBuilder AddGatewayHealth(this WebApplicationBuilder builder)
    {
        builder.Services.AddHealthChecks().AddCheck<GatewayReadinessCheck>("routes-and-discovery", tags: ["ready"]);
        return builder;
    }

    /// <summary><c>/health/live</c>: the process answers. <c>/health/ready</c>: routes loaded and discovery synced.</summary>
    public static WebApplication MapGatewayHealth(this WebApplication app)
    {
        app.MapHealthChecks("/health/live", new HealthCheckOptions { Predicate = _ => false });
        app.MapHealthChecks("/health/ready", new HealthCheckOptions { Predicate = check => check.Tags.Contains("ready") });
        return app;
    }
}
