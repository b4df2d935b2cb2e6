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
    public ValidateOptionsResult Validate(string? name, JwtOptions options)
    {
        var problems = TokenKeySettings.Problems(options.Issuer, options.Audience, options.Authority, options.PublicKeyPem, options.RequireHttpsMetadata);
        return problems.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(problems);
    }
}
