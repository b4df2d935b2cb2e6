using System.Security.Cryptography;
using Microsoft.Extensions.Options;
using ServiceDefaults.Auth;

namespace UserService.Options;

/// <summary>
/// Refuses to start without a usable signing key outside Development, so a misconfigured
/// deployment fails at once instead of issuing tokens nobody can trust.
/// </summary>
internal sealed class JwtOptionsValidator(IHostEnvironment environment) : IValidateOptions<JwtOptions>
{
    public const int MinimumKeySizeBits = 2048;

    public ValidateOptionsResult Validate(string? name, JwtOptions options)
    {
        var additional = options.AdditionalPublicKeysPem
            .Select((pem, i) => TokenKeySettings.PublicKeyProblem($"Jwt:AdditionalPublicKeysPem:{i}", pem))
            .OfType<string>()
            .ToList();
        var signing = ValidateSigningKey(options);
        return additional.Count == 0 ? signing
            : ValidateOptionsResult.Fail(signing.Failed ? [.. signing.Failures!, .. additional] : additional);
    }

    private ValidateOptionsResult ValidateSigningKey(JwtOptions options)
    {
        if (string.IsNullOrWhiteSpace(options.PrivateKeyPem))
        {
            return environment.IsDevelopment()
                ? ValidateOptionsResult.Success
                : ValidateOptionsResult.Fail(
                    "Jwt:PrivateKeyPem is required outside Development: set it (env Jwt__PrivateKeyPem) to an RSA private key in PEM format.");
        }

        try
        {
            using var rsa = RSA.Create();
            rsa.ImportFromPem(options.PrivateKeyPem);
            return rsa.KeySize >= MinimumKeySizeBits
                ? ValidateOptionsResult.Success
                : ValidateOptionsResult.Fail($"Jwt:PrivateKeyPem must be an RSA key of at least {MinimumKeySizeBits} bits.");
        }
        catch (Exception e) when (e is ArgumentException or CryptographicException)
        {
            return ValidateOptionsResult.Fail("Jwt:PrivateKeyPem is not a valid RSA private key in PEM format.");
        }
    }
}
