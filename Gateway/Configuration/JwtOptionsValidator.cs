using System.Security.Cryptography;
using Microsoft.Extensions.Options;

namespace Gateway.Configuration;

/// <summary>
/// Fails start-up unless the gateway can get signing keys: an authority, or a readable RSA public key.
/// The key is otherwise parsed only by the first authenticated request, which then fails with a bare
/// 500 while the gateway reports itself healthy.
/// </summary>
internal sealed class JwtOptionsValidator : IValidateOptions<JwtOptions>
{
    public ValidateOptionsResult Validate(string? name, JwtOptions options)
    {
        var failures = new List<string>();
        if (string.IsNullOrWhiteSpace(options.Issuer))
        {
            failures.Add("Jwt:Issuer is required.");
        }

        if (string.IsNullOrWhiteSpace(options.Audience))
        {
            failures.Add("Jwt:Audience is required.");
        }

        if (!string.IsNullOrWhiteSpace(options.PublicKeyPem))
        {
            if (options.PublicKeyPem.Contains("PRIVATE KEY", StringComparison.Ordinal))
            {
                failures.Add("Jwt:PublicKeyPem holds a private key; give the gateway only the public key (PEM 'PUBLIC KEY').");
            }
            else if (!IsRsaPublicKey(options.PublicKeyPem))
            {
                failures.Add("Jwt:PublicKeyPem is not a readable RSA public key (PEM).");
            }
        }
        else if (!Uri.TryCreate(options.Authority, UriKind.Absolute, out _))
        {
            failures.Add("Jwt:Authority or Jwt:PublicKeyPem is required: Jwt:Authority must be an absolute URL (the UserService base URL).");
        }

        return failures.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(failures);
    }

    private static bool IsRsaPublicKey(string pem)
    {
        try
        {
            using var rsa = RSA.Create();
            rsa.ImportFromPem(pem);
            return true;
        }
        catch (ArgumentException)
        {
            return false;
        }
        catch (CryptographicException)
        {
            return false;
        }
    }
}
