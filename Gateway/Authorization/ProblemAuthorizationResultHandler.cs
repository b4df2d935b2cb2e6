using Gateway.Errors;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Authorization.Policy;

namespace Gateway.Authorization;

/// <summary>Answers 401 and 403 with problem details, keeping the scheme's <c>WWW-Authenticate</c> header.</summary>
internal sealed class ProblemAuthorizationResultHandler : IAuthorizationMiddlewareResultHandler
{
    private readonly AuthorizationMiddlewareResultHandler _default = new();

    public async Task HandleAsync(RequestDelegate next, HttpContext context, AuthorizationPolicy policy, PolicyAuthorizationResult authorizeResult)
    {
        if (authorizeResult.Challenged)
        {
            await ChallengeAsync(context, policy);
            await ProblemWriter.WriteAsync(context, StatusCodes.Status401Unauthorized, "Unauthorized", "A valid bearer token is required.");
            return;
        }

        if (authorizeResult.Forbidden)
        {
            context.Response.StatusCode = StatusCodes.Status403Forbidden;
            await ProblemWriter.WriteAsync(context, StatusCodes.Status403Forbidden, "Forbidden", "The token does not grant access to this route.");
            return;
        }

        await _default.HandleAsync(next, context, policy, authorizeResult);
    }

    private static async Task ChallengeAsync(HttpContext context, AuthorizationPolicy policy)
    {
        foreach (var scheme in policy.AuthenticationSchemes)
        {
            await context.ChallengeAsync(scheme);
        }
    }
}
