using System.Security.Cryptography;
using Microsoft.Extensions.Options;

namespace PostService.Options;

/// <summary>Fails start-up unless there is a way to get signing keys, and the key given (if any) is a readable RSA public key.</summary>
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

        if (options.UsesPublicKey)
        {
            if (!IsRsaPublicKey(options.PublicKeyPem))
            {
                failures.Add("Jwt:PublicKeyPem is not a readable RSA public key (PEM).");
            }
        }
        else if (!Uri.TryCreate(options.Authority, UriKind.Absolute, out _))
        {
            failures.Add("Either Jwt:Authority (the UserService base URL) or Jwt:PublicKeyPem must be configured.");
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
