using Microsoft.AspNetCore.Http;
using ServiceDefaults.Extensions;

namespace ServiceDefaults.Http;

/// <summary>
/// Refuses a request whose declared <c>Content-Length</c> exceeds the body limit before anything
/// reads it. Kestrel enforces the same limit while reading (also for chunked bodies); this makes the
/// 413 independent of the server, so in-memory test hosts (which have no body limit) behave the same.
/// </summary>
internal sealed class RequestSizeLimitMiddleware(RequestDelegate next)
{
    public Task InvokeAsync(HttpContext context)
    {
        if (context.Request.ContentLength > ServiceDefaultsExtensions.MaxRequestBodyBytes)
        {
            throw new BadHttpRequestException("The request body is too large.", StatusCodes.Status413PayloadTooLarge);
        }

        return next(context);
    }
}
