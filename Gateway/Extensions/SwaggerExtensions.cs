using Gateway.Errors;
using Gateway.Swagger;

namespace Gateway.Extensions;

internal static class SwaggerExtensions
{
    private static readonly PathString SwaggerPrefix = new("/swagger");

    public static WebApplicationBuilder AddAggregatedSwagger(this WebApplicationBuilder builder)
    {
        builder.Services.AddSingleton<SwaggerDocumentService>();
        return builder;
    }

    /// <summary>
    /// The Swagger UI at <c>/swagger</c>, listing one document per downstream service. Only requests
    /// under <c>/swagger</c> enter it: its middleware (path checks and a static file lookup) would
    /// otherwise run for every proxied request.
    /// </summary>
    public static WebApplication UseAggregatedSwaggerUi(this WebApplication app)
    {
        app.UseWhen(context => context.Request.Path.StartsWithSegments(SwaggerPrefix, StringComparison.OrdinalIgnoreCase), branch =>
            branch.UseSwaggerUI(options =>
            {
                options.RoutePrefix = "swagger";
                options.DocumentTitle = "Gateway API";
                options.ConfigObject.Urls = new SwaggerUrls(app.Services.GetRequiredService<SwaggerDocumentService>);
            }));
        return app;
    }

    /// <summary><c>/swagger/docs/{service}/swagger.json</c>: the service's document as seen through the gateway.</summary>
    public static WebApplication MapAggregatedSwagger(this WebApplication app)
    {
        app.MapGet("/swagger/docs/{service}/swagger.json", async (string service, HttpContext context, SwaggerDocumentService documents) =>
        {
            var request = context.Request;
            var document = await documents.GetAsync(service, $"{request.Scheme}://{request.Host}{request.PathBase}", context.RequestAborted);
            if (document is null)
            {
                await ProblemWriter.WriteAsync(context, StatusCodes.Status502BadGateway, "Bad Gateway", $"The OpenAPI document of '{service}' is not available.");
                return;
            }

            context.Response.ContentType = "application/json; charset=utf-8";
            await context.Response.WriteAsync(document, context.RequestAborted);
        }).ExcludeFromDescription();
        return app;
    }
}
