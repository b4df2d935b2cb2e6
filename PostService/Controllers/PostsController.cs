using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using PostService.Services;
using ServiceDefaults.Auth;
using ServiceDefaults.Http;
using Shared.Contracts.Common;
using Shared.Contracts.Posts;

namespace PostService.Controllers;

/// <summary>Posts: anyone may read; writing needs a token, and changing a post needs to be its author.</summary>
[ApiController]
[Route("api/posts")]
public sealed class PostsController(IPostService posts) : ControllerBase
{
    private const string ProblemJson = "application/problem+json";

    /// <summary>Creates a post whose author is the caller (the token's subject).</summary>
    /// <response code="201">Created; <c>Location</c> and <c>ETag</c> are set.</response>
    [HttpPost]
    [Authorize]
    [Consumes("application/json")]
    [ProducesResponseType<PostResponse>(StatusCodes.Status201Created, "application/json")]
    [ProducesResponseType<ValidationProblemDetails>(StatusCodes.Status400BadRequest, ProblemJson)]
    [ProducesResponseType<ProblemDetails>(StatusCodes.Status401Unauthorized, ProblemJson)]
    [ProducesResponseType<ProblemDetails>(StatusCodes.Status403Forbidden, ProblemJson)]
    [ProducesResponseType<ProblemDetails>(StatusCodes.Status413PayloadTooLarge, ProblemJson)]
    [ProducesResponseType<ProblemDetails>(StatusCodes.Status415UnsupportedMediaType, ProblemJson)]
    public async Task<ActionResult<PostResponse>> Create(CreatePostRequest request, CancellationToken cancellationToken)
    {
        var created = await posts.CreateAsync(User.GetUserId(), request, cancellationToken);
        Response.Headers.ETag = EntityTags.Format(created.Version);
        return CreatedAtAction(nameof(Get), new { id = created.Post.Id }, created.Post);
    }

    /// <summary>Gets a post. Send its <c>ETag</c> as <c>If-None-Match</c> to get 304 while it is unchanged.</summary>
    [HttpGet("{id:guid}")]
    [ProducesResponseType<PostResponse>(StatusCodes.Status200OK, "application/json")]
    [ProducesResponseType(StatusCodes.Status304NotModified)]
    [ProducesResponseType<ProblemDetails>(StatusCodes.Status404NotFound, ProblemJson)]
    public async Task<ActionResult<PostResponse>> Get(Guid id, CancellationToken cancellationToken)
    {
        var found = await posts.GetAsync(id, cancellationToken);
        Response.Headers.ETag = EntityTags.Format(found.Version);
        return EntityTags.IfNoneMatchMatches(Request.Headers.IfNoneMatch, found.Version)
            ? StatusCode(StatusCodes.Status304NotModified)
            : found.Post;
    }

    /// <summary>Lists posts newest first, optionally of one author, one keyset page at a time.</summary>
    /// <param name="authorId">Only posts of this user.</param>
    /// <param name="page">The page size and the cursor from the previous page.</param>
    /// <param name="cancellationToken">Aborts the query when the client goes away.</param>
    [HttpGet]
    [ProducesResponseType<PagedResponse<PostResponse>>(StatusCodes.Status200OK, "application/json")]
    [ProducesResponseType<ValidationProblemDetails>(StatusCodes.Status400BadRequest, ProblemJson)]
    public async Task<ActionResult<PagedResponse<PostResponse>>> List(
        [FromQuery] Guid? authorId, [FromQuery] PageQuery page, CancellationToken cancellationToken) =>
        await posts.ListAsync(authorId, page, cancellationToken);

    /// <summary>Replaces the title and body. Only the author may; send the <c>ETag</c> as <c>If-Match</c> to avoid lost updates.</summary>
    [HttpPut("{id:guid}")]
    [Authorize]
    [Consumes("application/json")]
    [ProducesResponseType<PostResponse>(StatusCodes.Status200OK, "application/json")]
    [ProducesResponseType<ValidationProblemDetails>(StatusCodes.Status400BadRequest, ProblemJson)]
    [ProducesResponseType<ProblemDetails>(StatusCodes.Status401Unauthorized, ProblemJson)]
    [ProducesResponseType<ProblemDetails>(StatusCodes.Status403Forbidden, ProblemJson)]
    [ProducesResponseType<ProblemDetails>(StatusCodes.Status404NotFound, ProblemJson)]
    [ProducesResponseType<ProblemDetails>(StatusCodes.Status412PreconditionFailed, ProblemJson)]
    [ProducesResponseType<ProblemDetails>(StatusCodes.Status413PayloadTooLarge, ProblemJson)]
    [ProducesResponseType<ProblemDetails>(StatusCodes.Status415UnsupportedMediaType, ProblemJson)]
    public async Task<ActionResult<PostResponse>> Update(Guid id, UpdatePostRequest request, CancellationToken cancellationToken)
    {
        var updated = await posts.UpdateAsync(
            id, User.GetUserId(), request, EntityTags.ParseIfMatch(Request.Headers.IfMatch), cancellationToken);
        Response.Headers.ETag = EntityTags.Format(updated.Version);
        return updated.Post;
    }

    /// <summary>Deletes a post. Only the author may.</summary>
    [HttpDelete("{id:guid}")]
    [Authorize]
    [ProducesResponseType(StatusCodes.Status204NoContent)]
    [ProducesResponseType<ProblemDetails>(StatusCodes.Status401Unauthorized, ProblemJson)]
    [ProducesResponseType<ProblemDetails>(StatusCodes.Status403Forbidden, ProblemJson)]
    [ProducesResponseType<ProblemDetails>(StatusCodes.Status404NotFound, ProblemJson)]
    [ProducesResponseType<ProblemDetails>(StatusCodes.Status412PreconditionFailed, ProblemJson)]
    public async Task<IActionResult> Delete(Guid id, CancellationToken cancellationToken)
    {
        await posts.DeleteAsync(id, User.GetUserId(), EntityTags.ParseIfMatch(Request.Headers.IfMatch), cancellationToken);
        return NoContent();
    }
}
