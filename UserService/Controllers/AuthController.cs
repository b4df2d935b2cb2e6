using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Shared.Contracts.Auth;
using UserService.Services;

namespace UserService.Controllers;

/// <summary>Issues access tokens.</summary>
[ApiController]
[AllowAnonymous]
[Route("api/auth")]
public sealed class AuthController(IAuthService auth) : ControllerBase
{
    /// <summary>Exchanges a user name (or e-mail address) and password for an RS256 access token.</summary>
    /// <response code="200">The token.</response>
    /// <response code="400">A field is missing or too long.</response>
    /// <response code="401">Unknown user or wrong password (the two are indistinguishable).</response>
    [HttpPost("token")]
    [Consumes("application/json")]
    [ProducesResponseType<TokenResponse>(StatusCodes.Status200OK)]
    [ProducesResponseType<ValidationProblemDetails>(StatusCodes.Status400BadRequest)]
    [ProducesResponseType<ProblemDetails>(StatusCodes.Status401Unauthorized)]
    [ProducesResponseType<ProblemDetails>(StatusCodes.Status413PayloadTooLarge)]
    [ProducesResponseType<ProblemDetails>(StatusCodes.Status415UnsupportedMediaType)]
    public async Task<ActionResult<TokenResponse>> Token(TokenRequest request, CancellationToken cancellationToken)
    {
        // Tokens are credentials: no cache may keep them.
        Response.Headers.CacheControl = "no-store";
        var token = await auth.IssueToken(request, cancellationToken);
        return token is null
            ? Problem(statusCode: StatusCodes.Status401Unauthorized, title: "Invalid credentials",
                detail: "The user name or password is incorrect.")
            : token;
    }
}
