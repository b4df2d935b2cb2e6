namespace Shared.Contracts.Posts;

/// <summary>A post.</summary>
/// <param name="Id">The post's id.</param>
/// <param name="AuthorId">The id of the user who wrote it.</param>
/// <param name="Title">The title.</param>
/// <param name="Body">The text.</param>
/// <param name="CreatedAt">When it was created (UTC).</param>
/// <param name="UpdatedAt">When it last changed (UTC).</param>
public sealed record PostResponse(
    Guid Id,
    Guid AuthorId,
    string Title,
    string Body,
    DateTimeOffset CreatedAt,
    DateTimeOffset UpdatedAt);
