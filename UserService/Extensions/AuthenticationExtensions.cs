using Microsoft.AspNetCore.Authentication.JwtBearer;
using Microsoft.Extensions.Options;
using Microsoft.IdentityModel.JsonWebTokens;
using ServiceDefaults.Auth;
using UserService.Options;
using UserService.Services;

namespace UserService.Extensions;

internal static class AuthenticationExtensions
{
    /// <summary>
    /// Validates the service's own tokens with its own public key and the system-wide policy; no
    /// metadata round trip to itself.
    /// </summary>
    public static WebApplicationBuilder AddUserServiceAuthentication(this WebApplicationBuilder builder)
    {
        builder.Services.AddAuthentication(JwtBearerDefaults.AuthenticationScheme)
            .AddJwtBearer(bearer =>
            {
                bearer.MapInboundClaims = false;
                bearer.Events = new JwtBearerEvents { OnTokenValidated = RequireGuidSubject };
            });
        builder.Services.AddOptions<JwtBearerOptions>(JwtBearerDefaults.AuthenticationScheme)
            .Configure<ISigningKeyProvider, IOptions<JwtOptions>>((bearer, keys, jwt) =>
                bearer.TokenValidationParameters = TokenValidation.Create(jwt.Value.Issuer, jwt.Value.Audience, keys.PublishedKeys));
        builder.Services.AddAuthorization();
        return builder;
    }

    // Every action reads the caller's id from sub; a token without a GUID there is not ours.
    private static Task RequireGuidSubject(TokenValidatedContext context)
    {
        if (!Guid.TryParse(context.Principal?.FindFirst(JwtRegisteredClaimNames.Sub)?.Value, out _))
        {
            context.Fail("The token's subject is not a user id.");
        }

        return Task.CompletedTask;
    }
}
