using System.Reflection;
using Microsoft.AspNetCore.Builder;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.OpenApi;

namespace ServiceDefaults.Extensions;

/// <summary>Swagger UI at <c>/swagger</c> with the contracts' XML docs and a bearer-token button.</summary>
public static class SwaggerExtensions
{
    private const string SchemeName = "Bearer";

    public static WebApplicationBuilder AddServiceSwagger(this WebApplicationBuilder builder, string title, Assembly apiAssembly)
    {
        builder.Services.AddEndpointsApiExplorer();
        builder.Services.AddSwaggerGen(swagger =>
        {
            swagger.SwaggerDoc("v1", new OpenApiInfo { Title = title, Version = "v1" });
            foreach (var assembly in new[] { apiAssembly, typeof(Shared.Contracts.Common.PagedResponse<>).Assembly })
            {
                var xml = Path.Combine(AppContext.BaseDirectory, $"{assembly.GetName().Name}.xml");
                if (File.Exists(xml))
                {
                    swagger.IncludeXmlComments(xml, includeControllerXmlComments: true);
                }
            }

            swagger.AddSecurityDefinition(SchemeName, new OpenApiSecurityScheme
            {
                Type = SecuritySchemeType.Http,
                Scheme = "bearer",
                BearerFormat = "JWT",
                Description = "An access token from POST /api/auth/token.",
            });
            swagger.AddSecurityRequirement(document => new OpenApiSecurityRequirement
            {
                [new OpenApiSecuritySchemeReference(SchemeName, document)] = [],
            });
        });
        return builder;
    }

    public static WebApplication MapServiceSwagger(this WebApplication app)
    {
        app.UseSwagger();
        app.UseSwaggerUI(ui => ui.DocumentTitle = app.Environment.ApplicationName);
        return app;
    }
}
