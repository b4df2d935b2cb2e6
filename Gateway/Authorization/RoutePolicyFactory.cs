using Microsoft.AspNetCore.Authorization;

namespace Gateway.Authorization;

/// <summary>
/// Builds a route's authorization policy: authenticated by one of its schemes, holding one of its
/// allowed scopes, and every <c>RouteClaimsRequirement</c> claim with exactly that value. Attached
/// to the route's endpoint, so anonymous routes never run authentication at all.
/// </summary>
internal static class RoutePolicyFactory
{
    public static AuthorizationPolicy Create(string[] schemes, string[] scopes, IReadOnlyDictionary<string, string> claims)
    {
        var builder = new AuthorizationPolicyBuilder(schemes).RequireAuthenticatedUser();
        if (scopes.Length > 0)
        {
            builder.AddRequirements(new ScopeRequirement(scopes));
        }

        foreach (var (type, value) in claims)
        {
            builder.RequireClaim(type, value);
        }

        return builder.Build();
    }
}
