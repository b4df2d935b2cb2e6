using System.Security.Claims;
using Microsoft.IdentityModel.JsonWebTokens;

namespace ServiceDefaults.Auth;

/// <summary>Reads the caller's user id from the token's <c>sub</c> claim (inbound claim mapping is off).</summary>
public static class ClaimsPrincipalExtensions
{
    public static bool TryGetUserId(this ClaimsPrincipal user, out Guid userId) =>
        Guid.TryParse(user.FindFirstValue(JwtRegisteredClaimNames.Sub), out userId);

    /// <summary>For actions behind <c>[Authorize]</c>, whose token already carried a GUID subject.</summary>
    public static Guid GetUserId(this ClaimsPrincipal user) =>
        user.TryGetUserId(out var userId)
            ? userId
            : throw new InvalidOperationException("An authenticated principal without a GUID 'sub' claim reached an action.");
}
