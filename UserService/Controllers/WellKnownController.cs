using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Options;
using Microsoft.IdentityModel.Tokens;
using Shared.Contracts.Auth;
using UserService.Options;
using UserService.Services;

namespace UserService.Controllers;

/// <summary>Discovery and public keys, so any standard JWT bearer validator can validate by authority.</summary>
[ApiController]
[AllowAnonymous]
[Route(".well-known")]
public sealed class WellKnownController(ISigningKeyProvider keys, IOptions<JwtOptions> jwt) : ControllerBase
{
    /// <summary>The OpenID Connect discovery document.</summary>
    /// <remarks>URLs are built from the request's scheme and host, so they point back to whichever
    /// address the caller used (e.g. <c>http://userservice:8080</c> inside the cluster).</remarks>
    [HttpGet("openid-configuration")]
    [ProducesResponseType<OpenIdConfigurationResponse>(StatusCodes.Status200OK)]
    public ActionResult<OpenIdConfigurationResponse> OpenIdConfiguration()
    {
        var baseUrl = $"{Request.Scheme}://{Request.Host}{Request.PathBase}";
        return new OpenIdConfigurationResponse(
            jwt.Value.Issuer,
            $"{baseUrl}/.well-known/jwks.json",
            $"{baseUrl}/api/auth/token",
            [SecurityAlgorithms.RsaSha256],
            ["public"],
            ["token"]);
    }

    /// <summary>The public signing keys (JWKS): the current one first, then any published for a rotation.</summary>
    [HttpGet("jwks.json")]
    [ProducesResponseType<JsonWebKeySetResponse>(StatusCodes.Status200OK)]
    public ActionResult<JsonWebKeySetResponse> Jwks() =>
        new JsonWebKeySetResponse([.. keys.PublishedKeys.Select(key => new JsonWebKeyResponse(
            JsonWebAlgorithmsKeyTypes.RSA,
            JsonWebKeyUseNames.Sig,
            SecurityAlgorithms.RsaSha256,
            key.KeyId,
            Base64UrlEncoder.Encode(key.Parameters.Modulus),
            Base64UrlEncoder.Encode(key.Parameters.Exponent)))]);
}
