using System.Globalization;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Shared.Contracts.Auth;
using UserService.Services;

namespace UserService.Controllers;

/// <summary>Issues, renews and revokes tokens.</summary>
[ApiController]
[AllowAnonymous]
[Route("api/auth")]
public sealed class AuthController(IAuthService auth, IRefreshTokenService sessions, LoginThrottle throttle) : ControllerBase
{
    /// <summary>
    /// Exchanges a user name (or e-mail address) and password for an RS256 access token and the
    /// refresh token of a new session.
    /// </summary>
    /// <response code="200">The tokens.</response>
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

    /// <summary>
    /// Exchanges a refresh token for a new access token and a new refresh token. The presented token
    /// is spent: presenting it again ends the whole session (a second use means someone copied it).
    /// </summary>
    /// <response code="200">The new tokens.</response>
    /// <response code="400">The refresh token is missing or too long.</response>
    /// <response code="401">The refresh token is unknown, expired, revoked or already spent (indistinguishably).</response>
    [HttpPost("refresh")]
    [Consumes("application/json")]
    [ProducesResponseType<TokenResponse>(StatusCodes.Status200OK)]
    [ProducesResponseType<ValidationProblemDetails>(StatusCodes.Status400BadRequest)]
    [ProducesResponseType<ProblemDetails>(StatusCodes.Status401Unauthorized)]
    [ProducesResponseType<ProblemDetails>(StatusCodes.Status413PayloadTooLarge)]
    [ProducesResponseType<ProblemDetails>(StatusCodes.Status415UnsupportedMediaType)]
    public async Task<ActionResult<TokenResponse>> Refresh(RefreshTokenRequest request, CancellationToken cancellationToken)
    {
        Response.Headers.CacheControl = "no-store";
        var token = await sessions.Refresh(request.RefreshToken, cancellationToken);
        return token is null
            ? Problem(statusCode: StatusCodes.Status401Unauthorized, title: "Invalid refresh token",
                detail: "The refresh token is unknown, expired, revoked or already used; log in again.")
            : token;
    }

    /// <summary>
    /// Logs out: ends the session of the refresh token, so neither it nor any token renewed from the
    /// same login works again. Access tokens already issued stay valid until they expire.
    /// </summary>
    /// <response code="204">The session is ended, or the token was not a live one (the two are indistinguishable).</response>
    /// <response code="400">The refresh token is missing or too long.</response>
    [HttpPost("revoke")]
    [Consumes("application/json")]
    [ProducesResponseType(StatusCodes.Status204NoContent)]
    [ProducesResponseType<ValidationProblemDetails>(StatusCodes.Status400BadRequest)]
    [ProducesResponseType<ProblemDetails>(StatusCodes.Status413PayloadTooLarge)]
    [ProducesResponseType<ProblemDetails>(StatusCodes.Status415UnsupportedMediaType)]
    public async Task<ActionResult> Revoke(RefreshTokenRequest request, CancellationToken cancellationToken)
    {
        await sessions.Revoke(request.RefreshToken, cancellationToken);
        return NoContent();
    }

    private ObjectResult TooManyFailures(TimeSpan retryAfter)
    {
        var seconds = Math.Max(1, (int)Math.Ceiling(retryAfter.TotalSeconds));
        Response.Headers.RetryAfter = seconds.ToString(CultureInfo.InvariantCulture);
        return Problem(statusCode: StatusCodes.Status429TooManyRequests, title: "Too many failed logins",
            detail: "Too many failed logins for this user name; try again later.");
    }
}
