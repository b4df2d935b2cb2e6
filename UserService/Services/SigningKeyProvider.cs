using System.Security.Cryptography;
using Microsoft.Extensions.Options;
using Microsoft.IdentityModel.Tokens;
using ServiceDefaults.Extensions;
using ServiceDefaults.Options;
using UserService.Options;

namespace UserService.Services;

/// <summary>
/// Loads the key from <c>Jwt:PrivateKeyPem</c>; in Development without one, shares a generated key
/// through <see cref="DevelopmentKeyFile"/> so every local instance signs with the same key.
/// </summary>
internal sealed class SigningKeyProvider : ISigningKeyProvider, IDisposable
{
    public const string DevelopmentKeyFileName = "signing-key.pem";

    private readonly RSA _rsa;

    public SigningKeyProvider(
        IOptions<JwtOptions> jwt, IOptions<DatabaseOptions> database, IHostEnvironment environment, ILogger<SigningKeyProvider> logger)
    {
        var pem = jwt.Value.PrivateKeyPem;
        if (string.IsNullOrWhiteSpace(pem))
        {
            if (!environment.IsDevelopment())
            {
                throw new InvalidOperationException("Jwt:PrivateKeyPem is required outside Development.");
            }

            var directory = DatabaseExtensions.ResolveDataDirectory(environment, database.Value);
            pem = DevelopmentKeyFile.ReadOrCreate(Path.Combine(directory, DevelopmentKeyFileName), logger);
        }

        _rsa = RSA.Create();
        _rsa.ImportFromPem(pem);
        var keyId = Base64UrlEncoder.Encode(new RsaSecurityKey(_rsa.ExportParameters(false)).ComputeJwkThumbprint());
        SigningKey = new RsaSecurityKey(_rsa) { KeyId = keyId };
        PublicKey = new RsaSecurityKey(_rsa.ExportParameters(false)) { KeyId = keyId };
    }

    public RsaSecurityKey SigningKey { get; }

    public RsaSecurityKey PublicKey { get; }

    public void Dispose() => _rsa.Dispose();
}
