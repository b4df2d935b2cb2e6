using System.Security.Cryptography;
using Gateway.Authorization;
using Gateway.Configuration;
using Microsoft.AspNetCore.Authentication.JwtBearer;
using Microsoft.AspNetCore.Authorization;
using Microsoft.Extensions.Options;
using Microsoft.IdentityModel.Tokens;
using ServiceDefaults.Auth;

namespace Gateway.Extensions;

internal static class AuthenticationExtensions
{
    /// <summary>
    /// The <c>Bearer</c> scheme (RS256 only, issuer, audience and lifetime checked, 60 s skew), used
    /// only by routes whose policy names it: there is no default scheme, so anonymous routes never
    /// parse tokens. Tokens are forwarded downstream unchanged.
    /// </summary>
    public static WebApplicationBuilder AddGatewayAuthentication(this WebApplicationBuilder builder)
    {
        // A single registered scheme would otherwise become the default and run on every request.
        AppContext.SetSwitch("Microsoft.AspNetCore.Authentication.SuppressAutoDefaultScheme", true);
        builder.Services.AddOptions<JwtOptions>().BindConfiguration(JwtOptions.SectionName).ValidateOnStart();
        builder.Services.AddSingleton<IValidateOptions<JwtOptions>, JwtOptionsValidator>();
        builder.Services.AddAuthentication().AddJwtBearer(JwtBearerDefaults.AuthenticationScheme, _ => { });
        builder.Services.AddOptions<JwtBearerOptions>(JwtBearerDefaults.AuthenticationScheme).Configure<IOptions<JwtOptions>>(Configure);
        builder.Services.AddAuthorization();
        builder.Services.AddSingleton<IAuthorizationMiddlewareResultHandler, ProblemAuthorizationResultHandler>();
        return builder;
    }

    private static void Configure(JwtBearerOptions bearer, IOptions<JwtOptions> options)
    {
        var jwt = options.Value;
        bearer.MapInboundClaims = false;
        bearer.RequireHttpsMetadata = jwt.RequireHttpsMetadata;
        // The services' policy, the same file: a token the gateway lets through is one they accept.
        if (string.IsNullOrWhiteSpace(jwt.PublicKeyPem))
        {
            bearer.Authority = jwt.Authority;
            bearer.TokenValidationParameters = TokenValidation.Create(jwt.Issuer, jwt.Audience);
            return;
        }

        // Owned by the validation parameters for the life of the process.
        var rsa = RSA.Create();
        rsa.ImportFromPem(jwt.PublicKeyPem);
        bearer.TokenValidationParameters = TokenValidation.Create(jwt.Issuer, jwt.Audience, new RsaSecurityKey(rsa));
    }
}
