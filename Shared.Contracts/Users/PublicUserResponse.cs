namespace Shared.Contracts.Users;

/// <summary>A user as anyone may see them: no e-mail address.</summary>
/// <param name="Id">The user's id.</param>
/// <param name="UserName">The unique user name.</param>
/// <param name="DisplayName">The name shown to others.</param>
/// <param name="Bio">A short self-description, if any.</param>
/// <param name="CreatedAt">When the user registered (UTC).</param>
/// <param name="UpdatedAt">When the profile last changed (UTC).</param>
public sealed record PublicUserResponse(
    Guid Id,
    string UserName,
    string DisplayName,
    string? Bio,
    DateTimeOffset CreatedAt,
    DateTimeOffset UpdatedAt);
