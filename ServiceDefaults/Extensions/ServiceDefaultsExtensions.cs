using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.Json;
using Microsoft.Extensions.DependencyInjection;
using ServiceDefaults.Correlation;
using ServiceDefaults.Errors;
using ServiceDefaults.Logging;

namespace ServiceDefaults.Extensions;

/// <summary>The cross-cutting pieces every service has: logging, errors, correlation, limits.</summary>
public static class ServiceDefaultsExtensions
{
    /// <summary>Request bodies above this are refused with 413.</summary>
    public const long MaxRequestBodyBytes = 1024 * 1024;

    public static WebApplicationBuilder AddServiceDefaults(this WebApplicationBuilder builder)
    {
        builder.AddNLogLogging();
        builder.WebHost.ConfigureKestrel(kestrel =>
        {
            kestrel.AddServerHeader = false;
            kestrel.Limits.MaxRequestBodySize = MaxRequestBodyBytes;
        });

        builder.Services.AddProblemDetails(options => options.CustomizeProblemDetails = context =>
        {
            context.ProblemDetails.Instance ??= context.HttpContext.Request.Path;
            context.ProblemDetails.Extensions["traceId"] = context.HttpContext.TraceIdentifier;
        });
        builder.Services.AddExceptionHandler<ApiExceptionHandler>();
        builder.Services.Configure<JsonOptions>(options => options.SerializerOptions.PropertyNamingPolicy =
            System.Text.Json.JsonNamingPolicy.CamelCase);
        return builder;
    }

    /// <summary>Correlation first so every later log line and problem carries the id.</summary>
    public static WebApplication UseServiceDefaults(this WebApplication app)
    {
        app.UseMiddleware<CorrelationIdMiddleware>();
        app.UseMiddleware<RequestLoggingMiddleware>();
        app.UseExceptionHandler();
        app.UseStatusCodePages();
        return app;
    }

    /// <summary>The correlation id of the current request (also its <see cref="HttpContext.TraceIdentifier"/>).</summary>
    public static string GetCorrelationId(this HttpContext context) => context.TraceIdentifier;
}
