using Microsoft.AspNetCore.Diagnostics;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Logging;

namespace ServiceDefaults.Errors;

/// <summary>
/// Turns domain exceptions and bad requests into RFC 9457 problem details. Anything else becomes a
/// bare 500 whose body carries no exception detail.
/// </summary>
internal sealed partial class ApiExceptionHandler(
    IProblemDetailsService problemDetails,
    ILogger<ApiExceptionHandler> logger) : IExceptionHandler
{
    public async ValueTask<bool> TryHandleAsync(HttpContext httpContext, Exception exception, CancellationToken cancellationToken)
    {
        var (status, title, detail) = Map(exception);
        if (status >= StatusCodes.Status500InternalServerError)
        {
            LogUnhandled(logger, exception, httpContext.Request.Method, httpContext.Request.Path);
        }

        if (httpContext.Response.HasStarted)
        {
            return false;
        }

        httpContext.Response.StatusCode = status;
        return await problemDetails.TryWriteAsync(new ProblemDetailsContext
        {
            HttpContext = httpContext,
            Exception = exception,
            ProblemDetails = new ProblemDetails { Status = status, Title = title, Detail = detail },
        });
    }

    private static (int Status, string Title, string? Detail) Map(Exception exception) => exception switch
    {
        NotFoundException e => (StatusCodes.Status404NotFound, "Not found", e.Message),
        ConflictException e => (StatusCodes.Status409Conflict, "Conflict", e.Message),
        ForbiddenException e => (StatusCodes.Status403Forbidden, "Forbidden", e.Message),
        PreconditionFailedException e => (StatusCodes.Status412PreconditionFailed, "Precondition failed", e.Message),
        BadHttpRequestException { StatusCode: StatusCodes.Status413PayloadTooLarge } =>
            (StatusCodes.Status413PayloadTooLarge, "Request body too large", "The request body exceeds 1 MB."),
        BadHttpRequestException e => (e.StatusCode, "Bad request", "The request could not be read."),
        OperationCanceledException => (499, "Client closed request", null),
        _ => (StatusCodes.Status500InternalServerError, "An unexpected error occurred", null),
    };

    [LoggerMessage(Level = LogLevel.Error, Message = "Unhandled exception for {Method} {Path}")]
    private static partial void LogUnhandled(ILogger logger, Exception exception, string method, string path);
}
