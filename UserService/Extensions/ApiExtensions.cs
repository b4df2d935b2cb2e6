using FluentValidation;
using FluentValidation.AspNetCore;
using ServiceDefaults.Extensions;
using ServiceDefaults.Validation;

namespace UserService.Extensions;

internal static class ApiExtensions
{
    /// <summary>MVC controllers with FluentValidation as the only model validator, plus Swagger.</summary>
    public static WebApplicationBuilder AddUserServiceApi(this WebApplicationBuilder builder)
    {
        // Nullability is FluentValidation's job; MVC's implicit [Required] would add PascalCase keys.
        builder.Services.AddControllers(mvc => mvc.SuppressImplicitRequiredAttributeForNonNullableReferenceTypes = true);

        CamelCaseNames.Apply();
        builder.Services.AddValidatorsFromAssemblyContaining<Program>(includeInternalTypes: true);
        builder.Services.AddFluentValidationAutoValidation(validation => validation.DisableDataAnnotationsValidation = true);

        builder.AddServiceSwagger("UserService API", typeof(Program).Assembly);
        return builder;
    }

    public static WebApplication MapUserServiceApi(this WebApplication app)
    {
        app.MapServiceSwagger();
        app.UseAuthentication();
        app.UseAuthorization();
        app.MapControllers();
        app.MapServiceHealth();
        return app;
    }
}
