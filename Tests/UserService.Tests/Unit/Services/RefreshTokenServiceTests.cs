using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging.Abstractions;
using Moq;
using Shared.Contracts.Users;
using UserService.Data;
using UserService.Options;
using UserService.Services;
using UserService.Tests.Support;

namespace UserService.Tests.Unit.Services;

/// <summary>The service over a real (in-memory SQLite) database: staging, housekeeping and lost races.</summary>
internal sealed class RefreshTokenServiceTests
{
    private static readonly DateTimeOffset Start = new(2030, 1, 1, 0, 0, 0, TimeSpan.Zero);
    private SqliteTestDatabase _database = null!;
    private TestTimeProvider _clock = null!;
    private Guid _aliceId;

    [SetUp]
    public async Task CreateAlice()
    {
        _database = new SqliteTestDatabase();
        _clock = new TestTimeProvider(Start);
        var users = new UserAccountService(_database.CreateContext(), SqliteTestDatabase.Mapper, SqliteTestDatabase.Passwords, _clock);
        var alice = await users.Register(new RegisterUserRequest("alice", "alice@example.com", "Alice", "right password"), CancellationToken.None);
        _aliceId = alice.Value.Id;
    }

    [TearDown]
    public void DisposeDatabase() => _database.Dispose();

    [Test]
    public async Task StageRevokeAll_SavedWithThePasswordChange_EndsEverySession()
    {
        var first = await StartSession();
        var second = await StartSession();
        using var db = _database.CreateContext();
        var alice = await db.Users.SingleAsync(u => u.Id == _aliceId);

        alice.PasswordHash = "new hash";
        await Service(db).StageRevokeAll(_aliceId, CancellationToken.None);
        await db.SaveChangesAsync();

        Assert.That(await Refresh(first), Is.Null);
        Assert.That(await Refresh(second), Is.Null);
    }

    [Test]
    public async Task StageRevokeAll_PasswordChangeLosesItsRace_RevokesNothing()
    {
        var session = await StartSession();
        using var db = _database.CreateContext();
        var alice = await db.Users.SingleAsync(u => u.Id == _aliceId);
        await using (var other = _database.CreateContext())
        {
            // A concurrent write to the user commits first.
            (await other.Users.SingleAsync(u => u.Id == _aliceId)).Version = Guid.NewGuid();
            await other.SaveChangesAsync();
        }

        alice.PasswordHash = "new hash";
        await Service(db).StageRevokeAll(_aliceId, CancellationToken.None);

        Assert.That(() => db.SaveChangesAsync(), Throws.InstanceOf<DbUpdateConcurrencyException>());
        Assert.That(await Refresh(session), Is.Not.Null);
    }

    [Test]
    public async Task StartSession_UserDeletedMeanwhile_ReturnsNullAndStoresNothing()
    {
        using var db = _database.CreateContext();
        var alice = await db.Users.AsNoTracking().SingleAsync(u => u.Id == _aliceId);
        await using (var other = _database.CreateContext())
        {
            await other.Users.Where(u => u.Id == _aliceId).ExecuteDeleteAsync();
        }

        var issued = await Service(db).StartSession(alice, CancellationToken.None);

        Assert.That(issued, Is.Null);
        Assert.That(await CountRows(), Is.Zero);
    }

    [Test]
    public async Task StartSession_ExpiredAndRevokedRowsOfTheUser_AreDeleted()
    {
        await StartSession();
        _clock.Advance(TimeSpan.FromDays(7));
        var revoked = await StartSession();
        await NewService().Revoke(revoked, CancellationToken.None);
        var live = await StartSession();
        _clock.Advance(TimeSpan.FromDays(7));

        await StartSession();

        Assert.That(await CountRows(), Is.EqualTo(2));
        Assert.That(await Refresh(live), Is.Not.Null);
    }

    private RefreshTokenService Service(UsersDbContext db)
    {
        var options = Microsoft.Extensions.Options.Options.Create(new JwtOptions());
        var tokens = new Mock<ITokenService>();
        tokens.Setup(t => t.CreateToken(It.IsAny<Guid>(), It.IsAny<string>())).Returns(new AccessToken("access", 900));
        return new RefreshTokenService(db, tokens.Object, new SessionLimits(db, options, NullLogger<SessionLimits>.Instance),
            options, _clock, NullLogger<RefreshTokenService>.Instance);
    }

    private RefreshTokenService NewService() => Service(_database.CreateContext());

    private async Task<string> StartSession()
    {
        using var db = _database.CreateContext();
        var alice = await db.Users.SingleAsync(u => u.Id == _aliceId);
        var issued = await Service(db).StartSession(alice, CancellationToken.None);
        return issued!.RefreshToken;
    }

    private async Task<Shared.Contracts.Auth.TokenResponse?> Refresh(string refreshToken)
    {
        using var db = _database.CreateContext();
        return await Service(db).Refresh(refreshToken, CancellationToken.None);
    }

    private async Task<int> CountRows()
    {
        using var db = _database.CreateContext();
        return await db.RefreshTokens.CountAsync();
    }
}
