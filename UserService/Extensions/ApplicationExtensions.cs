using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.Options;
using ServiceDefaults.Extensions;
using ServiceDefaults.Options;
using UserService.Data;
using UserService.Mapping;
using UserService.Models;
using UserService.Options;
using UserService.Services;

namespace UserService.Extensions;

/// <summary>The UserService's own services: database, mapping, passwords, tokens, users.</summary>
internal static class ApplicationExtensions
{
    public static WebApplicationBuilder AddUserServiceData(this WebApplicationBuilder builder) =>
        builder
            .AddServiceDatabase<UsersDbContext, SqliteUsersDbContext, SqlServerUsersDbContext>("Users", "users.db")
            .AddServiceHealthChecks<UsersDbContext>();

    public static WebApplicationBuilder AddUserServiceMapping(this WebApplicationBuilder builder)
    {
        builder.Services.AddOptions<AutoMapperOptions>().BindConfiguration(AutoMapperOptions.SectionName);
        builder.Services.AddAutoMapper((services, mapper) =>
        {
            var licenseKey = services.GetRequiredService<IOptions<AutoMapperOptions>>().Value.LicenseKey;
            if (!string.IsNullOrWhiteSpace(licenseKey))
            {
                mapper.LicenseKey = licenseKey;
            }

            mapper.AddProfile<UserMappingProfile>();
        }, Array.Empty<System.Reflection.Assembly>());
        return builder;
    }

    public static WebApplicationBuilder AddUserServiceApplication(this WebApplicationBuilder builder)
    {
        builder.Services.AddOptions<JwtOptions>()
            .BindConfiguration(JwtOptions.SectionName)
            .ValidateDataAnnotations()
            .ValidateOnStart();
        builder.Services.AddSingleton<IValidateOptions<JwtOptions>, JwtOptionsValidator>();

        builder.Services.AddOptions<LoginThrottleOptions>()
            .BindConfiguration(LoginThrottleOptions.SectionName)
            .ValidateDataAnnotations()
            .ValidateOnStart();

        builder.Services.AddSingleton(TimeProvider.System);
        builder.Services.AddSingleton<LoginThrottle>();
        builder.Services.AddSingleton<IPasswordHasher<User>, PasswordHasher<User>>();
        builder.Services.AddSingleton<PasswordVerifier>();
        builder.Services.AddSingleton<ISigningKeyProvider, SigningKeyProvider>();
        builder.Services.AddSingleton<ITokenService, TokenService>();
        builder.Services.AddScoped<IUserService, UserAccountService>();
        builder.Services.AddScoped<IAuthService, AuthService>();
        builder.Services.AddScoped<SessionLimits>();
        builder.Services.AddScoped<RefreshTokenService>();
        builder.Services.AddScoped<IRefreshTokenService>(services => services.GetRequiredService<RefreshTokenService>());
        return builder;
    }
}
