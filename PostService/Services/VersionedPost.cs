using Shared.Contracts.Posts;

namespace PostService.Services;

/// <summary>A post with the row version its ETag is made from.</summary>
/// <param name="Post">The post as the API returns it.</param>
/// <param name="Version">The row version; changes on every write.</param>
public sealed record VersionedPost(PostResponse Post, Guid Version);
