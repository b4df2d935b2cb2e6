using Gateway.Errors;
using Microsoft.AspNetCore.Http.Features;
using Yarp.ReverseProxy.Forwarder;

namespace Gateway.Proxy;

/// <summary>
/// Gives YARP's bodiless error answers a problem body with our status codes (spec §6), and turns
/// away bodies over the size limit before they are proxied. Downstream answers pass untouched.
/// </summary>
internal static class ProxyErrorResponses
{
    /// <summary>A declared length over the limit; most proxied requests have no body and skip the feature lookup.</summary>
    public static bool IsOverBodyLimit(HttpContext context) =>
        context.Request.ContentLength is { } length && length > context.Features.Get<IHttpMaxRequestBodySizeFeature>()?.MaxRequestBodySize;

    public static Task WriteTooLargeAsync(HttpContext context) =>
        ProblemWriter.WriteAsync(context, StatusCodes.Status413PayloadTooLarge, "Payload Too Large", "The request body exceeds the gateway's limit.");

    /// <summary>Writes the problem body for a proxy failure, if there was one and nothing was sent yet.</summary>
    public static Task WriteIfFailedAsync(HttpContext context)
    {
        var error = context.Features.Get<IForwarderErrorFeature>();
        if (error is null || context.Response.HasStarted || context.RequestAborted.IsCancellationRequested)
        {
            return Task.CompletedTask;
        }

        return error.Error switch
        {
            ForwarderError.NoAvailableDestinations => ProblemWriter.WriteAsync(context, StatusCodes.Status503ServiceUnavailable,
                "Service Unavailable", "No instance of the downstream service is available."),
            ForwarderError.RequestTimedOut => ProblemWriter.WriteAsync(context, StatusCodes.Status504GatewayTimeout,
                "Gateway Timeout", "The downstream service did not answer in time."),
            _ when IsBodyTooLarge(error.Exception) => WriteTooLargeAsync(context),
            ForwarderError.RequestBodyClient or ForwarderError.RequestBodyCanceled => ProblemWriter.WriteAsync(context,
                StatusCodes.Status400BadRequest, "Bad Request", "The request body could not be read."),
            _ => ProblemWriter.WriteAsync(context, StatusCodes.Status502BadGateway,
                "Bad Gateway", "The downstream service could not be reached."),
        };
    }

    // A chunked body crossing the limit fails while YARP streams it; the cause sits in the inner exceptions.
    private static bool IsBodyTooLarge(Exception? exception)
    {
        for (var current = exception; current is not null; current = current.InnerException)
        {
            if (current is BadHttpRequestException { StatusCode: StatusCodes.Status413PayloadTooLarge })
            {
                return true;
            }
        }

        return false;
    }
}
