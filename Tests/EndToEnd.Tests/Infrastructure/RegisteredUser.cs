using Shared.Contracts.Users;

namespace EndToEnd.Tests.Infrastructure;

/// <summary>A user created by a test, with the password it was registered with.</summary>
internal sealed record RegisteredUser(UserResponse User, string Password)
{
    public Guid Id => User.Id;
}
