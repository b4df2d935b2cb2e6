using Microsoft.AspNetCore.Authorization;

namespace Gateway.Authorization;

/// <summary>
/// <c>AllowedScopes</c>: the user needs at least one of the scopes, read from the space-separated
/// <c>scope</c> claim (one claim per scope is accepted too).
/// </summary>
internal sealed class ScopeRequirement(IReadOnlyCollection<string> scopes)
    : AuthorizationHandler<ScopeRequirement>, IAuthorizationRequirement
{
    public IReadOnlyCollection<string> Scopes { get; } = scopes;

    protected override Task HandleRequirementAsync(AuthorizationHandlerContext context, ScopeRequirement requirement)
    {
        foreach (var claim in context.User.FindAll("scope"))
        {
            foreach (var scope in claim.Value.Split(' ', StringSplitOptions.RemoveEmptyEntries))
            {
                if (requirement.Scopes.Contains(scope))
                {
                    context.Succeed(requirement);
                    return Task.CompletedTask;
                }
            }
        }

        return Task.CompletedTask;
    }
}
