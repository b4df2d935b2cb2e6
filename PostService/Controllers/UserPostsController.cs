using Microsoft.AspNetCore.Mvc;
using PostService.Services;
using Shared.Contracts.Common;
using Shared.Contracts.Posts;

namespace PostService.Controllers;

/// <summary>One user's posts, the same listing as <c>GET /api/posts?authorId=</c> under the user's path.</summary>
[ApiController]
[Route("api/users/{userId:guid}/posts")]
public sealed class UserPostsController(IPostService posts) : ControllerBase
{
    /// <summary>Lists the user's posts newest first, one keyset page at a time.</summary>
    /// <param name="userId">The author.</param>
    /// <param name="page">The page size and the cursor from the previous page.</param>
    /// <param name="cancellationToken">Aborts the query when the client goes away.</param>
    [HttpGet]
    [ProducesResponseType<PagedResponse<PostResponse>>(StatusCodes.Status200OK, "application/json")]
    [ProducesResponseType<ValidationProblemDetails>(StatusCodes.Status400BadRequest, "application/problem+json")]
    [ProducesResponseType<ProblemDetails>(StatusCodes.Status404NotFound, "application/problem+json")]
    public async Task<ActionResult<PagedResponse<PostResponse>>> List(Guid userId, [FromQuery] PageQuery page, CancellationToken cancellationToken) =>
        await posts.ListAsync(userId, page, cancellationToken);
}
