using Gateway.Errors;
using Gateway.Swagger;

namespace Gateway.Extensions;

internal static class SwaggerExtensions
{
    public static WebApplicationBuilder AddAggregatedSwagger(this WebApplicationBuilder builder)
    {
        builder.Services.AddSingleton<SwaggerDocumentService>();
        return builder;
    }

    /// <summary>The Swagger UI at <c>/swagger</c>, listing one document per downstream service.</summary>
    public static WebApplication UseAggregatedSwaggerUi(this WebApplication app)
    {
        app.UseSwaggerUI(options =>
        {
            options.RoutePrefix = "swagger";
            options.DocumentTitle = "Gateway API";
            options.ConfigObject.Urls = new SwaggerUrls(app.Services.GetRequiredService<SwaggerDocumentService>);
        });
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
            await context.Response.WriteAsync(document.ToJsonString(), context.RequestAborted);
        }).ExcludeFromDescription();
        return app;
    }
}
