using FluentValidation;
using FluentValidation.AspNetCore;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;
using PostService.Services;
using ServiceDefaults.Options;
using ServiceDefaults.Validation;

namespace PostService.Extensions;

/// <summary>Controllers, validation, mapping and the post use cases.</summary>
internal static class ApiExtensions
{
    public static WebApplicationBuilder AddPostServiceApi(this WebApplicationBuilder builder)
    {
        // FluentValidation owns the rules; MVC's implicit [Required] would report "Title" instead of "title".
        builder.Services.AddControllers(mvc => mvc.SuppressImplicitRequiredAttributeForNonNullableReferenceTypes = true);

        CamelCaseNames.Apply();
        builder.Services.AddFluentValidationAutoValidation();
        builder.Services.AddValidatorsFromAssemblyContaining<Program>(includeInternalTypes: true);

        builder.Services.AddOptions<AutoMapperOptions>().BindConfiguration(AutoMapperOptions.SectionName);
        builder.Services.AddAutoMapper(
            (services, mapper) => mapper.LicenseKey = services.GetRequiredService<IOptions<AutoMapperOptions>>().Value.LicenseKey,
            typeof(Program));

        builder.Services.TryAddSingleton(TimeProvider.System);
        builder.Services.AddScoped<IPostService, Services.PostService>();
        return builder;
    }

    public static WebApplication MapPostServiceApi(this WebApplication app)
    {
        app.UseAuthentication();
        app.UseAuthorization();
        app.MapControllers();
        return app;
    }
}
