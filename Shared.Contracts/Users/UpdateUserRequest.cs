namespace Shared.Contracts.Users;

/// <summary>Replaces the editable profile fields of a user.</summary>
/// <param name="DisplayName">1–100 characters.</param>
/// <param name="Bio">At most 500 characters; <c>null</c> clears it.</param>
public sealed record UpdateUserRequest(string DisplayName, string? Bio);
