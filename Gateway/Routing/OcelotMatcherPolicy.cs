using Microsoft.AspNetCore.Routing.Matching;

namespace Gateway.Routing;

/// <summary>
/// Applies Ocelot's exact matching (template, methods, host) to the candidates endpoint routing
/// found by the coarse prefix pattern. Candidates arrive sorted by route order (Ocelot's selection
/// order), so checking stops at the first one that matches.
/// </summary>
internal sealed class OcelotMatcherPolicy : MatcherPolicy, IEndpointSelectorPolicy
{
    // After the built-in host and method policies, which our routes do not use for methods.
    public override int Order => 1000;

    public bool AppliesToEndpoints(IReadOnlyList<Endpoint> endpoints)
    {
        foreach (var endpoint in endpoints)
        {
            if (endpoint.Metadata.GetMetadata<GatewayRoute>() is not null)
            {
                return true;
            }
        }

        return false;
    }

    public Task ApplyAsync(HttpContext httpContext, CandidateSet candidates)
    {
        var request = httpContext.Request;
        var winner = -1;
        for (var i = 0; i < candidates.Count; i++)
        {
            if (!candidates.IsValidCandidate(i))
            {
                continue;
            }

            if (winner >= 0 && candidates[i].Score > candidates[winner].Score)
            {
                // A better-ranked candidate already matched; later ones cannot win.
                candidates.SetValidity(i, false);
                continue;
            }

            var route = candidates[i].Endpoint.Metadata.GetMetadata<GatewayRoute>();
            if (route is not null && !route.Matches(request))
            {
                candidates.SetValidity(i, false);
            }
            else if (winner < 0)
            {
                winner = i;
            }
        }

        return Task.CompletedTask;
    }
}
