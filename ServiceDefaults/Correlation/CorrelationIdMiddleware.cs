using System.Diagnostics;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Logging;

namespace ServiceDefaults.Correlation;

/// <summary>
/// Reads <c>X-Correlation-Id</c> (or creates one), echoes it on the response and opens a logging
/// scope so every log line of the request carries it.
/// </summary>
internal sealed class CorrelationIdMiddleware(RequestDelegate next, ILogger<CorrelationIdMiddleware> logger)
{
    public async Task InvokeAsync(HttpContext context)
    {
        var incoming = context.Request.Headers[CorrelationId.HeaderName].ToString();
        var id = CorrelationId.IsValid(incoming)
            ? incoming
            : Activity.Current?.TraceId.ToHexString() ?? Guid.NewGuid().ToString("N");

        context.TraceIdentifier = id;
        context.Response.Headers[CorrelationId.HeaderName] = id;

        // The exception handler clears the response headers before writing its problem; setting
        // the header again as the response starts keeps the echo on error responses too.
        context.Response.OnStarting(() =>
        {
            context.Response.Headers[CorrelationId.HeaderName] = id;
            return Task.CompletedTask;
        });

        using (logger.BeginScope(new Dictionary<string, object> { [CorrelationId.LogProperty] = id }))
        {
            await next(context);
        }
    }
}
