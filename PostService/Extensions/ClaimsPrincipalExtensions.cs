using System.Security.Claims;
using Microsoft.IdentityModel.JsonWebTokens;

namespace PostService.Extensions;

/// <summary>Reads the caller's user id from the token's <c>sub</c> claim (inbound claim mapping is off).</summary>
internal static class ClaimsPrincipalExtensions
{
    public static bool TryGetUserId(this ClaimsPrincipal user, out Guid userId) =>
        Guid.TryParse(user.FindFirstValue(JwtRegisteredClaimNames.Sub), out userId);

    /// <summary>For actions behind the default policy, which already demanded a GUID subject.</summary>
    public static Guid GetUserId(this ClaimsPrincipal user) =>
        user.TryGetUserId(out var userId)
            ? userId
            : throw new InvalidOperationException("The authorization policy should have rejected a token without a GUID subject.");
}
