using Microsoft.Extensions.Options;
using ServiceDefaults.Auth;

namespace PostService.Options;

/// <summary>
/// Fails start-up unless there is a way to get signing keys (<see cref="TokenKeySettings"/>) that
/// JwtBearer will accept: an http:// authority while HTTPS metadata is required would otherwise
/// pass here and fail as a 500 on the first authenticated request.
/// </summary>
internal sealed class JwtOptionsValidator : IValidateOptions<JwtOptions>
{
    internal const string PlainHttpAuthorityProblem =
        "Jwt:Authority is an http:// URL but Jwt:RequireHttpsMetadata is true (the default): use the https:// "
        + "authority, or set Jwt:RequireHttpsMetadata to false where plain HTTP is intended (a private network).";

    public ValidateOptionsResult Validate(string? name, JwtOptions options)
    {
        var problems = TokenKeySettings.Problems(options.Issuer, options.Audience, options.Authority, options.PublicKeyPem).ToList();
        if (!options.UsesPublicKey && options.RequireHttpsMetadata && IsPlainHttp(options.Authority))
        {
            problems.Add(PlainHttpAuthorityProblem);
        }

        return problems.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(problems);
    }

    private static bool IsPlainHttp(string? authority) =>
        Uri.TryCreate(authority, UriKind.Absolute, out var uri) && uri.Scheme == Uri.UriSchemeHttp;
}
