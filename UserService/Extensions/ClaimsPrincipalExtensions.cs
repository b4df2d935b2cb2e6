using System.Security.Claims;
using Microsoft.IdentityModel.JsonWebTokens;

namespace UserService.Extensions;

internal static class ClaimsPrincipalExtensions
{
    /// <summary>The caller's user id: the token's <c>sub</c> (JwtBearer keeps claim names as sent).</summary>
    public static Guid GetUserId(this ClaimsPrincipal principal) =>
        Guid.TryParse(principal.FindFirstValue(JwtRegisteredClaimNames.Sub), out var id)
            ? id
            : throw new InvalidOperationException("An authenticated principal without a GUID 'sub' claim reached an action.");
}
