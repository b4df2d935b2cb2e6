namespace Shared.Contracts.Users;

/// <summary>Registers a new user.</summary>
/// <param name="UserName">3–32 characters of <c>[A-Za-z0-9_.-]</c>, unique ignoring case.</param>
/// <param name="Email">A valid e-mail address of at most 254 characters, unique ignoring case.</param>
/// <param name="DisplayName">1–100 characters.</param>
/// <param name="Password">8–128 characters. Stored only as a salted hash.</param>
/// <param name="Bio">Optional, at most 500 characters.</param>
public sealed record RegisterUserRequest(
    string UserName,
    string Email,
    string DisplayName,
    string Password,
    string? Bio = null);
