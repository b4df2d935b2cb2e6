using System.Globalization;
using System.Net;
using ServiceDefaults.Options;
using Shared.Contracts.Auth;
using UserService.Tests.Support;

namespace UserService.Tests.Integration.Controllers;

/// <summary>Refresh-token expiry and the per-user session limit, on a clock the tests move.</summary>
internal sealed class RefreshTokenLifetimeTests
{
    private const int MaxSessions = 2;
    private static readonly TimeSpan Lifetime = TimeSpan.FromDays(14);

    private TestTimeProvider _clock = null!;
    private UserServiceFactory _factory = null!;
    private HttpClient _client = null!;

    [SetUp]
    public void StartService()
    {
        _clock = new TestTimeProvider(new DateTimeOffset(2026, 1, 1, 12, 0, 0, TimeSpan.Zero));
        _factory = new UserServiceFactory(DatabaseProvider.Sqlite) { Clock = _clock };
        _factory.Settings["Jwt:MaxSessionsPerUser"] = MaxSessions.ToString(CultureInfo.InvariantCulture);
        _client = _factory.CreateClient();
    }

    [TearDown]
    public void StopService()
    {
        _client.Dispose();
        _factory.Dispose();
    }

    [Test]
    public async Task Refresh_AtTheEndOfItsLifetime_Returns401()
    {
        var login = await RegisterAndLogin();
        _clock.Advance(Lifetime);

        using var response = await _client.Refresh(login.RefreshToken);

        await ProblemAssert.IsProblem(response, HttpStatusCode.Unauthorized);
    }

    [Test]
    public async Task Refresh_JustBeforeTheEndOfItsLifetime_Returns200()
    {
        var login = await RegisterAndLogin();
        _clock.Advance(Lifetime - TimeSpan.FromSeconds(1));

        using var response = await _client.Refresh(login.RefreshToken);

        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.OK));
    }

    [Test]
    public async Task Refresh_RenewedToken_LivesAFullLifetimeFromItsRenewal()
    {
        var login = await RegisterAndLogin();
        _clock.Advance(TimeSpan.FromDays(10));
        var renewed = await _client.Renew(login.RefreshToken);
        _clock.Advance(TimeSpan.FromDays(10));

        using var response = await _client.Refresh(renewed.RefreshToken);

        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.OK));
    }

    [Test]
    public async Task Token_BeyondMaxSessions_EndsTheLeastRecentlyRenewedSession()
    {
        var (user, _) = await _client.Register();
        var first = await _client.Login(user.UserName);
        _clock.Advance(TimeSpan.FromMinutes(1));
        var second = await _client.Login(user.UserName);
        _clock.Advance(TimeSpan.FromMinutes(1));
        var firstRenewed = await _client.Renew(first.RefreshToken);
        _clock.Advance(TimeSpan.FromMinutes(1));

        var third = await _client.Login(user.UserName);

        using var ended = await _client.Refresh(second.RefreshToken);
        using var stillLive = await _client.Refresh(firstRenewed.RefreshToken);
        using var newest = await _client.Refresh(third.RefreshToken);
        await ProblemAssert.IsProblem(ended, HttpStatusCode.Unauthorized);
        Assert.That(stillLive.StatusCode, Is.EqualTo(HttpStatusCode.OK));
        Assert.That(newest.StatusCode, Is.EqualTo(HttpStatusCode.OK));
    }

    private async Task<TokenResponse> RegisterAndLogin()
    {
        var (user, _) = await _client.Register();
        return await _client.Login(user.UserName);
    }
}
