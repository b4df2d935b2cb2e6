using Microsoft.Extensions.Logging.Abstractions;
using Moq;
using Shared.Contracts.Auth;
using Shared.Contracts.Users;
using UserService.Options;
using UserService.Services;
using UserService.Tests.Support;

namespace UserService.Tests.Unit.Services;

internal sealed class AuthServiceTests
{
    private static readonly AccessToken Issued = new("token", 900);
    private SqliteTestDatabase _database = null!;
    private Mock<ITokenService> _tokens = null!;
    private Guid _aliceId;

    [SetUp]
    public async Task CreateAlice()
    {
        _database = new SqliteTestDatabase();
        _tokens = new Mock<ITokenService>();
        _tokens.Setup(t => t.CreateToken(It.IsAny<Guid>(), It.IsAny<string>())).Returns(Issued);
        var users = new UserAccountService(_database.CreateContext(), SqliteTestDatabase.Mapper, SqliteTestDatabase.Passwords, TimeProvider.System);
        var alice = await users.Register(new RegisterUserRequest("Alice", "alice@example.com", "Alice", "right password"), CancellationToken.None);
        _aliceId = alice.Value.Id;
    }

    [TearDown]
    public void DisposeDatabase() => _database.Dispose();

    [TestCase("Alice")]
    [TestCase("alice")]
    [TestCase("ALICE@example.COM")]
    public async Task IssueToken_RightPasswordByNameOrEmail_IssuesTokenForThatUser(string login)
    {
        var token = await Service().IssueToken(new TokenRequest(login, "right password"), CancellationToken.None);

        Assert.That(token!.AccessToken, Is.EqualTo(Issued.Token));
        Assert.That(token.RefreshToken, Is.Not.Empty);
        _tokens.Verify(t => t.CreateToken(_aliceId, "Alice"), Times.Once);
    }

    [TestCase("Alice", "wrong password")]
    [TestCase("bob", "right password")]
    [TestCase("bob@example.com", "right password")]
    public async Task IssueToken_WrongPasswordOrUnknownUser_ReturnsNullAndIssuesNothing(string login, string password)
    {
        var token = await Service().IssueToken(new TokenRequest(login, password), CancellationToken.None);

        Assert.That(token, Is.Null);
        _tokens.Verify(t => t.CreateToken(It.IsAny<Guid>(), It.IsAny<string>()), Times.Never);
    }

    private AuthService Service()
    {
        var db = _database.CreateContext();
        var options = Microsoft.Extensions.Options.Options.Create(new JwtOptions());
        var sessions = new RefreshTokenService(db, _tokens.Object, new SessionLimits(db, options, NullLogger<SessionLimits>.Instance),
            options, TimeProvider.System, NullLogger<RefreshTokenService>.Instance);
        return new AuthService(db, SqliteTestDatabase.Passwords, sessions);
    }
}
