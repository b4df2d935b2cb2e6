using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Diagnostics.HealthChecks;
using Microsoft.AspNetCore.Routing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using ServiceDefaults.Health;

namespace ServiceDefaults.Extensions;

/// <summary><c>/health/live</c> (the process answers) and <c>/health/ready</c> (the database answers).</summary>
public static class HealthExtensions
{
    private const string ReadyTag = "ready";

    public static WebApplicationBuilder AddServiceHealthChecks<TContext>(this WebApplicationBuilder builder)
        where TContext : DbContext
    {
        builder.Services.AddHealthChecks()
            .AddCheck<DatabaseHealthCheck<TContext>>("database", tags: [ReadyTag]);
        return builder;
    }

    public static IEndpointRouteBuilder MapServiceHealth(this IEndpointRouteBuilder endpoints)
    {
        endpoints.MapHealthChecks("/health/live", new HealthCheckOptions { Predicate = _ => false });
        endpoints.MapHealthChecks("/health/ready", new HealthCheckOptions { Predicate = check => check.Tags.Contains(ReadyTag) });
        return endpoints;
    }
}
