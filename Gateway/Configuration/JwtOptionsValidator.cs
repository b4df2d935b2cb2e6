using Microsoft.Extensions.Options;
using ServiceDefaults.Auth;

namespace Gateway.Configuration;

/// <summary>Fails start-up unless the gateway can get signing keys (<see cref="TokenKeySettings"/>).</summary>
internal sealed class JwtOptionsValidator : IValidateOptions<JwtOptions>
{
    public ValidateOptionsResult Validate(string? name, JwtOptions options)
    {
        var problems = TokenKeySettings.Problems(options.Issuer, options.Audience, options.Authority, options.PublicKeyPem);
        return problems.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(problems);
    }
}
