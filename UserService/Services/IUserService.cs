using Shared.Contracts.Common;
using Shared.Contracts.Users;

namespace UserService.Services;

/// <summary>
/// Registration, profile reads and owner-only writes. Failures are the ServiceDefaults domain
/// exceptions (not found, conflict, forbidden, precondition failed), mapped to problem details.
/// </summary>
public interface IUserService
{
    Task<Versioned<UserResponse>> Register(RegisterUserRequest request, CancellationToken cancellationToken);

    Task<Versioned<PublicUserResponse>> GetPublic(Guid id, CancellationToken cancellationToken);

    Task<Versioned<UserResponse>> GetOwn(Guid id, CancellationToken cancellationToken);

    Task<PagedResponse<PublicUserResponse>> List(PageRequest page, CancellationToken cancellationToken);

    /// <summary>Owner-only; an <c>If-Match</c> header (if given) must carry the current ETag, else 412.</summary>
    Task<Versioned<UserResponse>> Update(Guid id, Guid callerId, UpdateUserRequest request, string? ifMatch, CancellationToken cancellationToken);

    Task Delete(Guid id, Guid callerId, string? ifMatch, CancellationToken cancellationToken);
}
