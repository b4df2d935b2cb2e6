using Microsoft.Extensions.Options;
using ServiceDefaults.Auth;

namespace PostService.Options;

/// <summary>Fails start-up unless there is a way to get signing keys (<see cref="TokenKeySettings"/>).</summary>
internal sealed class JwtOptionsValidator : IValidateOptions<JwtOptions>
{
    public ValidateOptionsResult Validate(string? name, JwtOptions options)
    {
        var problems = TokenKeySettings.Problems(options.Issuer, options.Audience, options.Authority, options.PublicKeyPem);
        return problems.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(problems);
    }
}
