using Gateway.Errors;

namespace Gateway.Middleware;

/// <summary>Answers 404 problem details when no route (and no gateway endpoint) matched.</summary>
internal sealed class NoRouteMiddleware(RequestDelegate next)
{
    public Task InvokeAsync(HttpContext context) =>
        context.GetEndpoint() is null
            ? ProblemWriter.WriteAsync(context, StatusCodes.Status404NotFound, "Not Found", "No route matches this request.")
            : next(context);
}
