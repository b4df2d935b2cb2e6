using System.Security.Cryptography;
using Microsoft.AspNetCore.Authentication.JwtBearer;
using Microsoft.Extensions.Options;
using Microsoft.IdentityModel.Tokens;
using PostService.Options;
using ServiceDefaults.Auth;

namespace PostService.Extensions;

/// <summary>JWT bearer authentication: by the UserService authority (its JWKS) or by a configured public key.</summary>
internal static class AuthenticationExtensions
{
    public static WebApplicationBuilder AddPostServiceAuthentication(this WebApplicationBuilder builder)
    {
        builder.Services.AddSingleton<IValidateOptions<JwtOptions>, JwtOptionsValidator>();
        builder.Services.AddOptions<JwtOptions>().BindConfiguration(JwtOptions.SectionName).ValidateOnStart();

        builder.Services.AddAuthentication(JwtBearerDefaults.AuthenticationScheme).AddJwtBearer();
        builder.Services.AddOptions<JwtBearerOptions>(JwtBearerDefaults.AuthenticationScheme)
            .Configure<IOptions<JwtOptions>>((bearer, jwt) => Configure(bearer, jwt.Value));

        // Writes need a user id: a valid token whose subject is not a GUID is forbidden, not trusted.
        builder.Services.AddAuthorizationBuilder()
            .SetDefaultPolicy(new Microsoft.AspNetCore.Authorization.AuthorizationPolicyBuilder(JwtBearerDefaults.AuthenticationScheme)
                .RequireAuthenticatedUser()
                .RequireAssertion(context => context.User.TryGetUserId(out _))
                .Build());
        return builder;
    }

    private static void Configure(JwtBearerOptions bearer, JwtOptions jwt)
    {
        // Keep "sub" as "sub" rather than the long XML-SOAP claim type names.
        bearer.MapInboundClaims = false;
        if (jwt.UsesPublicKey)
        {
            bearer.TokenValidationParameters = TokenValidation.Create(jwt.Issuer, jwt.Audience, ReadPublicKey(jwt.PublicKeyPem));
            return;
        }

        // Keys come from the authority's discovery document and JWKS, refreshed by JwtBearer.
        bearer.Authority = jwt.Authority;
        bearer.RequireHttpsMetadata = jwt.RequireHttpsMetadata;
        bearer.TokenValidationParameters = TokenValidation.Create(jwt.Issuer, jwt.Audience);
    }

    private static RsaSecurityKey ReadPublicKey(string pem)
    {
        // Owned by the validation parameters for the life of the process.
        var rsa = RSA.Create();
        rsa.ImportFromPem(pem);
        return new RsaSecurityKey(rsa);
    }
}
