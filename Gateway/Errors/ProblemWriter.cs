using System.Text.Json;
using Microsoft.AspNetCore.Mvc;

namespace Gateway.Errors;

/// <summary>
/// Writes the gateway's own error answers as RFC 9457 problem details carrying the correlation id
/// (the request's trace identifier). Written directly, whatever the client's Accept header, so an
/// error never turns into a different error.
/// </summary>
internal static class ProblemWriter
{
    private static readonly JsonSerializerOptions Options = new(JsonSerializerDefaults.Web);

    public static Task WriteAsync(HttpContext context, int status, string title, string detail)
    {
        var problem = new ProblemDetails
        {
            Status = status,
            Title = title,
            Detail = detail,
            Type = $"https://httpstatuses.io/{status}",
            Instance = context.Request.Path.Value,
        };
        problem.Extensions["correlationId"] = context.TraceIdentifier;
        context.Response.StatusCode = status;
        return context.Response.WriteAsJsonAsync(problem, Options, "application/problem+json", context.RequestAborted);
    }
}
