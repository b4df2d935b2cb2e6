using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.HttpOverrides;
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
        // Behind the gateway the request's host is the pod's address; links the service builds
        // (Location of a 201, the JWKS URL in the discovery document) must name the host the
        // client called. Only the gateway reaches the services (network policies in k8s/, loopback
        // locally), so the one hop's X-Forwarded-* is taken from any peer; a spoofed value only
        // changes the links sent back to the spoofer.
        builder.Services.Configure<ForwardedHeadersOptions>(options =>
        {
            options.ForwardedHeaders = ForwardedHeaders.XForwardedFor | ForwardedHeaders.XForwardedProto | ForwardedHeaders.XForwardedHost;
            options.ForwardLimit = 1;
            options.KnownIPNetworks.Clear();
            options.KnownProxies.Clear();
        });
        builder.Services.Configure<JsonOptions>(options => options.SerializerOptions.PropertyNamingPolicy =
            System.Text.Json.JsonNamingPolicy.CamelCase);
        return builder;
    }

    /// <summary>The gateway's forwarded host first, then correlation so every later log line and problem carries the id.</summary>
    public static WebApplication UseServiceDefaults(this WebApplication app)
    {
        app.UseForwardedHeaders();
        app.UseMiddleware<CorrelationIdMiddleware>();
        app.UseMiddleware<RequestLoggingMiddleware>();
        app.UseExceptionHandler();
        app.UseStatusCodePages();
        return app;
    }

    /// <summary>The correlation id of the current request (also its <see cref="HttpContext.TraceIdentifier"/>).</summary>
    public static string GetCorrelationId(this HttpContext context) => context.TraceIdentifier;
}
