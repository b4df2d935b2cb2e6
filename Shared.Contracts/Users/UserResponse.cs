namespace Shared.Contracts.Users;

/// <summary>A user as seen by that user: the public view plus the e-mail address.</summary>
/// <param name="Id">The user's id (the <c>sub</c> claim of their tokens).</param>
/// <param name="UserName">The unique user name.</param>
/// <param name="Email">The user's e-mail address.</param>
/// <param name="DisplayName">The name shown to others.</param>
/// <param name="Bio">A short self-description, if any.</param>
/// <param name="CreatedAt">When the user registered (UTC).</param>
/// <param name="UpdatedAt">When the profile last changed (UTC).</param>
public sealed record UserResponse(
    Guid Id,
    string UserName,
    string Email,
    string DisplayName,
    string? Bio,
    DateTimeOffset CreatedAt,
    DateTimeOffset UpdatedAt);
