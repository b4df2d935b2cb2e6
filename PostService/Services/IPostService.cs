using Shared.Contracts.Common;
using Shared.Contracts.Posts;

namespace PostService.Services;

/// <summary>The post use cases. Failures are the ServiceDefaults domain exceptions (404, 403, 412).</summary>
public interface IPostService
{
    Task<VersionedPost> CreateAsync(Guid authorId, CreatePostRequest request, CancellationToken cancellationToken);

    /// <exception cref="ServiceDefaults.Errors.NotFoundException">No such post.</exception>
    Task<VersionedPost> GetAsync(Guid id, CancellationToken cancellationToken);

    /// <summary>Newest first; <paramref name="page"/> has been validated (limit in range, cursor well-formed).</summary>
    Task<PagedResponse<PostResponse>> ListAsync(Guid? authorId, PageQuery page, CancellationToken cancellationToken);

    /// <summary>Only the author may; <paramref name="expectedVersions"/> comes from <c>If-Match</c>, null when any version will do.</summary>
    Task<VersionedPost> UpdateAsync(
        Guid id, Guid callerId, UpdatePostRequest request, IReadOnlyCollection<Guid>? expectedVersions, CancellationToken cancellationToken);

    /// <summary>Only the author may; <paramref name="expectedVersions"/> comes from <c>If-Match</c>, null when any version will do.</summary>
    Task DeleteAsync(Guid id, Guid callerId, IReadOnlyCollection<Guid>? expectedVersions, CancellationToken cancellationToken);
}
