using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using ServiceDefaults.Auth;
using ServiceDefaults.Http;
using ServiceDefaults.Paging;
using Shared.Contracts.Common;
using Shared.Contracts.Users;
using UserService.Services;
using UserService.Validation;

namespace UserService.Controllers;

/// <summary>Registration, profiles and the user list.</summary>
[ApiController]
[Route("api/users")]
public sealed class UsersController(IUserService users) : ControllerBase
{
    /// <summary>Registers a user.</summary>
    /// <response code="201">Created; <c>Location</c> and <c>ETag</c> are set.</response>
    /// <response code="400">A field is invalid; <c>errors</c> is keyed by field name.</response>
    /// <response code="409">The user name or e-mail address is already registered (ignoring case).</response>
    [HttpPost]
    [Consumes("application/json")]
    [ProducesResponseType<UserResponse>(StatusCodes.Status201Created)]
    [ProducesResponseType<ValidationProblemDetails>(StatusCodes.Status400BadRequest)]
    [ProducesResponseType<ProblemDetails>(StatusCodes.Status409Conflict)]
    [ProducesResponseType<ProblemDetails>(StatusCodes.Status413PayloadTooLarge)]
    [ProducesResponseType<ProblemDetails>(StatusCodes.Status415UnsupportedMediaType)]
    public async Task<ActionResult<UserResponse>> Register(RegisterUserRequest request, CancellationToken cancellationToken)
    {
        var created = await users.Register(request, cancellationToken);
        Response.Headers.ETag = created.ETag;
        return CreatedAtAction(nameof(Get), new { id = created.Value.Id }, created.Value);
    }

    /// <summary>The caller's own profile, including the e-mail address.</summary>
    /// <response code="200">The caller's profile.</response>
    /// <response code="401">No valid token.</response>
    /// <response code="404">The account no longer exists.</response>
    [HttpGet("me")]
    [Authorize]
    [ProducesResponseType<UserResponse>(StatusCodes.Status200OK)]
    [ProducesResponseType<ProblemDetails>(StatusCodes.Status401Unauthorized)]
    [ProducesResponseType<ProblemDetails>(StatusCodes.Status404NotFound)]
    public async Task<ActionResult<UserResponse>> Me(CancellationToken cancellationToken)
    {
        var user = await users.GetOwn(User.GetUserId(), cancellationToken);
        Response.Headers.ETag = user.ETag;
        return user.Value;
    }

    /// <summary>A user's public profile.</summary>
    /// <response code="200">The profile, with its <c>ETag</c>.</response>
    /// <response code="304">The <c>If-None-Match</c> ETag is current.</response>
    /// <response code="404">No such user.</response>
    [HttpGet("{id:guid}")]
    [ProducesResponseType<PublicUserResponse>(StatusCodes.Status200OK)]
    [ProducesResponseType(StatusCodes.Status304NotModified)]
    [ProducesResponseType<ProblemDetails>(StatusCodes.Status404NotFound)]
    public async Task<ActionResult<PublicUserResponse>> Get(Guid id, CancellationToken cancellationToken)
    {
        var user = await users.GetPublic(id, cancellationToken);
        Response.Headers.ETag = user.ETag;
        return EntityTags.IfNoneMatchMatches(Request.Headers.IfNoneMatch, user.Version)
            ? StatusCode(StatusCodes.Status304NotModified)
            : user.Value;
    }

    /// <summary>Lists users oldest first, one page at a time.</summary>
    /// <param name="limit">Page size, 1–100.</param>
    /// <param name="cursor">The <c>nextCursor</c> of the previous page; omit for the first page.</param>
    /// <param name="cancellationToken">Aborts the query when the client goes away.</param>
    /// <response code="200">One page and the cursor of the next (null on the last page).</response>
    /// <response code="400">The limit is out of range or the cursor is malformed.</response>
    [HttpGet]
    [ProducesResponseType<PagedResponse<PublicUserResponse>>(StatusCodes.Status200OK)]
    [ProducesResponseType<ValidationProblemDetails>(StatusCodes.Status400BadRequest)]
    public async Task<ActionResult<PagedResponse<PublicUserResponse>>> List(
        [FromQuery] int limit = PageRules.DefaultLimit, [FromQuery] string? cursor = null, CancellationToken cancellationToken = default)
    {
        if (!PageRequestValidator.TryCreate(limit, cursor, ModelState, out var page))
        {
            return ValidationProblem(ModelState);
        }

        return await users.List(page, cancellationToken);
    }

    /// <summary>Replaces the caller's display name and bio.</summary>
    /// <response code="200">The updated profile, with its new <c>ETag</c>.</response>
    /// <response code="412">The <c>If-Match</c> ETag is stale, or a concurrent update won.</response>
    [HttpPut("{id:guid}")]
    [Authorize]
    [Consumes("application/json")]
    [ProducesResponseType<UserResponse>(StatusCodes.Status200OK)]
    [ProducesResponseType<ValidationProblemDetails>(StatusCodes.Status400BadRequest)]
    [ProducesResponseType<ProblemDetails>(StatusCodes.Status401Unauthorized)]
    [ProducesResponseType<ProblemDetails>(StatusCodes.Status403Forbidden)]
    [ProducesResponseType<ProblemDetails>(StatusCodes.Status404NotFound)]
    [ProducesResponseType<ProblemDetails>(StatusCodes.Status412PreconditionFailed)]
    [ProducesResponseType<ProblemDetails>(StatusCodes.Status413PayloadTooLarge)]
    [ProducesResponseType<ProblemDetails>(StatusCodes.Status415UnsupportedMediaType)]
    public async Task<ActionResult<UserResponse>> Update(Guid id, UpdateUserRequest request, CancellationToken cancellationToken)
    {
        var updated = await users.Update(id, User.GetUserId(), request, IfMatch(), cancellationToken);
        Response.Headers.ETag = updated.ETag;
        return updated.Value;
    }

    /// <summary>Deletes the caller's account.</summary>
    /// <response code="204">Deleted.</response>
    /// <response code="412">The <c>If-Match</c> ETag is stale.</response>
    [HttpDelete("{id:guid}")]
    [Authorize]
    [ProducesResponseType(StatusCodes.Status204NoContent)]
    [ProducesResponseType<ProblemDetails>(StatusCodes.Status401Unauthorized)]
    [ProducesResponseType<ProblemDetails>(StatusCodes.Status403Forbidden)]
    [ProducesResponseType<ProblemDetails>(StatusCodes.Status404NotFound)]
    [ProducesResponseType<ProblemDetails>(StatusCodes.Status412PreconditionFailed)]
    public async Task<ActionResult> Delete(Guid id, CancellationToken cancellationToken)
    {
        await users.Delete(id, User.GetUserId(), IfMatch(), cancellationToken);
        return NoContent();
    }

    private string? IfMatch() => Request.Headers.IfMatch is { Count: > 0 } values ? values.ToString() : null;
}
