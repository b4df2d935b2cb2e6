using Gateway.Configuration.File;
using Gateway.Routing;

namespace Gateway.Configuration;

/// <summary>
/// Refuses aggregates whose routes have settings a sub-request cannot honour. An aggregate must not
/// be a way around its routes: it requires every route's policy and counts against every route's
/// rate limit, but it sends its own sub-requests, so per-request header rewriting cannot apply.
/// </summary>
internal static class AggregateValidator
{
    public static void Validate(FileAggregateRoute aggregate, string path, Dictionary<string, (FileRoute Route, string Path)> keyed,
        FileGlobalConfiguration global, List<string> errors)
    {
        var routeKeys = aggregate.RouteKeys.Count > 0 ? aggregate.RouteKeys : aggregate.ReRouteKeys;
        string[]? schemes = null;
        string? schemesKey = null;
        foreach (var key in routeKeys)
        {
            if (!keyed.TryGetValue(key, out var keyedRoute))
            {
                continue;
            }

            var (route, routePath) = keyedRoute;
            if (route.AddHeadersToRequest.Count > 0)
            {
                errors.Add($"{path}.RouteKeys: route '{key}' ({routePath}) sets AddHeadersToRequest, which an aggregate's sub-request cannot apply; remove it from the route or the route from the aggregate.");
            }

            if (route.UpstreamHeaderTransform.Count > 0)
            {
                errors.Add($"{path}.RouteKeys: route '{key}' ({routePath}) sets UpstreamHeaderTransform, which an aggregate's sub-request cannot apply; remove it from the route or the route from the aggregate.");
            }

            var (required, _, anonymous) = RouteSettings.Authentication(route, global);
            if (required.Length == 0 || anonymous)
            {
                continue;
            }

            var sorted = required.Order(StringComparer.Ordinal).ToArray();
            if (schemes is null)
            {
                (schemes, schemesKey) = (sorted, key);
            }
            else if (!schemes.SequenceEqual(sorted, StringComparer.Ordinal))
            {
                errors.Add($"{path}.RouteKeys: routes '{schemesKey}' and '{key}' require different authentication schemes; an aggregate can only require one set of schemes for all its routes.");
            }
        }
    }
}
