using System.Globalization;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Shared.Contracts.Auth;
using UserService.Services;

namespace UserService.Controllers;

/// <summary>Issues access tokens.</summary>
[ApiController]
[AllowAnonymous]
[Route("api/auth")]
public sealed class AuthController(IAuthService auth, LoginThrottle throttle) : ControllerBase
{
    /// <summary>Exchanges a user name (or e-mail address) and password for an RS256 access token.</summary>
    /// <response code="200">The token.</response>
    /// <response code="400">A field is missing or too long.</response>
    /// <response code="401">Unknown user or wrong password (the two are indistinguishable).</response>
    /// <response code="429">Too many failed logins for this user name (known or not); <c>Retry-After</c> says when to try again.</response>
    [HttpPost("token")]
    [Consumes("application/json")]
    [ProducesResponseType<TokenResponse>(StatusCodes.Status200OK)]
    [ProducesResponseType<ValidationProblemDetails>(StatusCodes.Status400BadRequest)]
    [ProducesResponseType<ProblemDetails>(StatusCodes.Status401Unauthorized)]
    [ProducesResponseType<ProblemDetails>(StatusCodes.Status413PayloadTooLarge)]
    [ProducesResponseType<ProblemDetails>(StatusCodes.Status415UnsupportedMediaType)]
    [ProducesResponseType<ProblemDetails>(StatusCodes.Status429TooManyRequests)]
    public async Task<ActionResult<TokenResponse>> Token(TokenRequest request, CancellationToken cancellationToken)
    {
        // Tokens are credentials: no cache may keep them.
        Response.Headers.CacheControl = "no-store";
        using var attempt = throttle.Begin(request.UserName);
        if (attempt.RetryAfter is { } retryAfter)
        {
            return TooManyFailures(retryAfter);
        }

        var token = await auth.IssueToken(request, cancellationToken);
        attempt.Complete(succeeded: token is not null);
        return token is null
            ? Problem(statusCode: StatusCodes.Status401Unauthorized, title: "Invalid credentials",
                detail: "The user name or password is incorrect.")
            : token;
    }

    private ObjectResult TooManyFailures(TimeSpan retryAfter)
    {
        var seconds = Math.Max(1, (int)Math.Ceiling(retryAfter.TotalSeconds));
        Response.Headers.RetryAfter = seconds.ToString(CultureInfo.InvariantCulture);
        return Problem(statusCode: StatusCodes.Status429TooManyRequests, title: "Too many failed logins",
            detail: "Too many failed logins for this user name; try again later.");
    }
}
