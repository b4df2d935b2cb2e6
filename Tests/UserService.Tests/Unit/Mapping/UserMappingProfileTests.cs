using Shared.Contracts.Users;
using UserService.Models;
using UserService.Tests.Support;

namespace UserService.Tests.Unit.Mapping;

internal sealed class UserMappingProfileTests
{
    [Test]
    public void Configuration_IsValid() =>
        Assert.That(() => SqliteTestDatabase.Mapper.ConfigurationProvider.AssertConfigurationIsValid(), Throws.Nothing);

    [Test]
    public void Map_UserToPublicResponse_CopiesPublicFields()
    {
        var now = DateTimeOffset.UtcNow;
        var user = new User
        {
            Id = Guid.NewGuid(), UserName = "alice", NormalizedUserName = "ALICE", Email = "a@example.com", NormalizedEmail = "A@EXAMPLE.COM",
            DisplayName = "Alice", Bio = "bio", PasswordHash = "hash", CreatedAt = now, UpdatedAt = now.AddMinutes(1),
        };

        var response = SqliteTestDatabase.Mapper.Map<PublicUserResponse>(user);

        Assert.That(response, Is.EqualTo(new PublicUserResponse(user.Id, "alice", "Alice", "bio", now, now.AddMinutes(1))));
    }
}
