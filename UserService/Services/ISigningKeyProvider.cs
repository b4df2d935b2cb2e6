using Microsoft.IdentityModel.Tokens;

namespace UserService.Services;

/// <summary>The service's RSA signing key: the private half signs, the public half is published.</summary>
public interface ISigningKeyProvider
{
    /// <summary>The private key, with <see cref="SecurityKey.KeyId"/> set to its RFC 7638 thumbprint.</summary>
    RsaSecurityKey SigningKey { get; }

    /// <summary>The public key only, same key id.</summary>
    RsaSecurityKey PublicKey { get; }

    /// <summary>
    /// What the JWKS publishes and the service accepts: <see cref="PublicKey"/>, then each of
    /// <c>Jwt:AdditionalPublicKeysPem</c> (by thumbprint, without repeats).
    /// </summary>
    IReadOnlyList<RsaSecurityKey> PublishedKeys { get; }
}
