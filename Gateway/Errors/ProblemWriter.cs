using System.Text.Json;
using Microsoft.AspNetCore.Mvc;

namespace Gateway.Errors;

/// <summary>
/// Writes the gateway's own error answers as RFC 9457 problem details shaped like the services'
/// (ASP.NET Core's defaults): <c>type</c> links the status's RFC section and <c>traceId</c> is the
/// correlation id (the request's trace identifier), so a client reads every error of the system
/// one way. Written directly, whatever the client's Accept header, so an error never turns into a
/// different error.
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
            Type = TypeOf(status),
            Instance = context.Request.Path.Value,
        };
        problem.Extensions["traceId"] = context.TraceIdentifier;
        context.Response.StatusCode = status;
        return context.Response.WriteAsJsonAsync(problem, Options, "application/problem+json", context.RequestAborted);
    }

    // RFC 9110 numbers its client errors 400-417 as 15.5.1-15.5.18 and server errors 500-505 as
    // 15.6.1-15.6.6; 429 is RFC 6585's.
    private static string TypeOf(int status) => status switch
    {
        >= 400 and <= 417 => $"https://tools.ietf.org/html/rfc9110#section-15.5.{status - 399}",
        >= 500 and <= 505 => $"https://tools.ietf.org/html/rfc9110#section-15.6.{status - 499}",
        429 => "https://tools.ietf.org/html/rfc6585#section-4",
        _ => "about:blank",
    };
}
