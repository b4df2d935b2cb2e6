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
        PublicKey = PublicKeyOf(_rsa);
        SigningKey = new RsaSecurityKey(_rsa) { KeyId = PublicKey.KeyId };
        PublishedKeys = [.. jwt.Value.AdditionalPublicKeysPem.Select(ImportPublicKey).Prepend(PublicKey).DistinctBy(k => k.KeyId)];
    }

    public RsaSecurityKey SigningKey { get; }

    public RsaSecurityKey PublicKey { get; }

    public IReadOnlyList<RsaSecurityKey> PublishedKeys { get; }

    public void Dispose() => _rsa.Dispose();

    private static RsaSecurityKey ImportPublicKey(string pem)
    {
        using var rsa = RSA.Create();
        rsa.ImportFromPem(pem);
        return PublicKeyOf(rsa);
    }

    // The key id is the RFC 7638 thumbprint, so every instance names a key the same way.
    private static RsaSecurityKey PublicKeyOf(RSA rsa)
    {
        var key = new RsaSecurityKey(rsa.ExportParameters(false));
        key.KeyId = Base64UrlEncoder.Encode(key.ComputeJwkThumbprint());
        return key;
    }
}
