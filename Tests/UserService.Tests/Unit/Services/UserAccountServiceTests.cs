using ServiceDefaults.Errors;
using ServiceDefaults.Paging;
using Shared.Contracts.Users;
using UserService.Services;
using UserService.Tests.Support;

namespace UserService.Tests.Unit.Services;

/// <summary>The service layer over a real (in-memory SQLite) database with a controllable clock.</summary>
internal sealed class UserAccountServiceTests
{
    private static readonly DateTimeOffset Start = new(2030, 3, 4, 5, 6, 7, TimeSpan.Zero);
    private SqliteTestDatabase _database = null!;
    private TestTimeProvider _clock = null!;

    [SetUp]
    public void CreateDatabase()
    {
        _database = new SqliteTestDatabase();
        _clock = new TestTimeProvider(Start);
    }

    [TearDown]
    public void DisposeDatabase() => _database.Dispose();

    [Test]
    public async Task Register_NewUser_StampsClockTimeAndTimeOrderedId()
    {
        var created = await Service().Register(Request("alice"), CancellationToken.None);

        Assert.That(created.Value.CreatedAt, Is.EqualTo(Start));
        Assert.That(created.Value.UpdatedAt, Is.EqualTo(Start));
        Assert.That(created.Value.Id.Version, Is.EqualTo(7));
        Assert.That(created.ETag, Does.StartWith("\""));
    }

    [Test]
    public async Task Register_SameNameOtherCase_ThrowsConflict()
    {
        await Service().Register(Request("alice"), CancellationToken.None);

        Assert.That(() => Service().Register(Request("ALICE") with { Email = "other@example.com" }, CancellationToken.None),
            Throws.TypeOf<ConflictException>());
    }

    [Test]
    public async Task GetPublic_AfterRegister_ReturnsStoredValuesWithSameETag()
    {
        var created = await Service().Register(Request("alice"), CancellationToken.None);

        var read = await Service().GetPublic(created.Value.Id, CancellationToken.None);

        Assert.That(read.ETag, Is.EqualTo(created.ETag));
        Assert.That(read.Value.CreatedAt, Is.EqualTo(Start));
    }

    [Test]
    public void GetPublic_Unknown_ThrowsNotFound() =>
        Assert.That(() => Service().GetPublic(Guid.NewGuid(), CancellationToken.None), Throws.TypeOf<NotFoundException>());

    [Test]
    public async Task Update_ByOwner_AdvancesUpdatedAtAndETag()
    {
        var created = await Service().Register(Request("alice"), CancellationToken.None);
        _clock.Advance(TimeSpan.FromMinutes(5));

        var updated = await Service().Update(created.Value.Id, created.Value.Id, new UpdateUserRequest("New", "bio"), created.ETag, CancellationToken.None);

        Assert.That(updated.Value.UpdatedAt, Is.EqualTo(Start.AddMinutes(5)));
        Assert.That(updated.Value.CreatedAt, Is.EqualTo(Start));
        Assert.That(updated.ETag, Is.Not.EqualTo(created.ETag));
    }

    [Test]
    public async Task Update_ByAnotherUser_ThrowsForbidden()
    {
        var created = await Service().Register(Request("alice"), CancellationToken.None);

        Assert.That(() => Service().Update(created.Value.Id, Guid.NewGuid(), new UpdateUserRequest("X", null), null, CancellationToken.None),
            Throws.TypeOf<ForbiddenException>());
    }

    [Test]
    public async Task Update_StaleIfMatch_ThrowsPreconditionFailed()
    {
        var created = await Service().Register(Request("alice"), CancellationToken.None);
        await Service().Update(created.Value.Id, created.Value.Id, new UpdateUserRequest("First", null), null, CancellationToken.None);

        Assert.That(() => Service().Update(created.Value.Id, created.Value.Id, new UpdateUserRequest("Second", null), created.ETag, CancellationToken.None),
            Throws.TypeOf<PreconditionFailedException>());
    }

    [Test]
    public async Task Update_ConcurrentWriteBetweenReadAndSave_ThrowsPreconditionFailedNotDbError()
    {
        var created = await Service().Register(Request("alice"), CancellationToken.None);
        var id = created.Value.Id;
        using var slow = _database.CreateContext();
        await slow.Users.FindAsync(id);
        await Service().Update(id, id, new UpdateUserRequest("Winner", null), null, CancellationToken.None);

        // The slow request still tracks the row as it was before the winner's write.
        var racing = new UserAccountService(slow, SqliteTestDatabase.Mapper, SqliteTestDatabase.Passwords, _clock);

        Assert.That(() => racing.Update(id, id, new UpdateUserRequest("Loser", null), null, CancellationToken.None),
            Throws.TypeOf<PreconditionFailedException>());
        Assert.That((await Service().GetPublic(id, CancellationToken.None)).Value.DisplayName, Is.EqualTo("Winner"));
    }

    [Test]
    public async Task Delete_ByOwner_RemovesUser()
    {
        var created = await Service().Register(Request("alice"), CancellationToken.None);

        await Service().Delete(created.Value.Id, created.Value.Id, created.ETag, CancellationToken.None);

        Assert.That(() => Service().GetPublic(created.Value.Id, CancellationToken.None), Throws.TypeOf<NotFoundException>());
    }

    [Test]
    public async Task List_EqualTimestampsAcrossPages_NoDuplicatesNoGaps()
    {
        var ids = new List<Guid>();
        for (var i = 0; i < 7; i++)
        {
            ids.Add((await Service().Register(Request($"user{i}"), CancellationToken.None)).Value.Id);
        }

        var seen = new List<Guid>();
        KeysetCursor? after = null;
        for (var pages = 0; pages < 10; pages++)
        {
            var page = await Service().List(new PageRequest(3, after), CancellationToken.None);
            seen.AddRange(page.Items.Select(u => u.Id));
            if (page.NextCursor is null)
            {
                break;
            }

            KeysetCursor.TryDecode(page.NextCursor, out var next);
            after = next;
        }

        Assert.That(seen, Is.Unique);
        Assert.That(seen, Is.EquivalentTo(ids));
    }

    private static RegisterUserRequest Request(string userName) =>
        new(userName, $"{userName.ToLowerInvariant()}@example.com", userName, "password-123");

    // A fresh context per call, like a request scope.
    private UserAccountService Service() =>
        new(_database.CreateContext(), SqliteTestDatabase.Mapper, SqliteTestDatabase.Passwords, _clock);
}
