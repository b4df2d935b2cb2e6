using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using ServiceDefaults.Options;
using Shared.Contracts.Auth;
using UserService.Tests.Support;

namespace UserService.Tests.Integration.Controllers;

/// <summary>
/// Failed logins are throttled per user name in the service itself, so brute force does not
/// depend on the gateway's rate limit. Each test starts its own host with its own clock.
/// </summary>
internal sealed class LoginThrottleTests
{
    private const int MaxFailures = 3;
    private static readonly TimeSpan Window = TimeSpan.FromMinutes(5);

    private TestTimeProvider _clock = null!;
    private UserServiceFactory _factory = null!;
    private HttpClient _client = null!;

    [SetUp]
    public void StartService()
    {
        _clock = new TestTimeProvider(new DateTimeOffset(2026, 1, 1, 12, 0, 0, TimeSpan.Zero));
        _factory = new UserServiceFactory(DatabaseProvider.Sqlite) { Clock = _clock };
        _factory.Settings["LoginThrottle:MaxFailures"] = MaxFailures.ToString(System.Globalization.CultureInfo.InvariantCulture);
        _factory.Settings["LoginThrottle:Window"] = Window.ToString();
        _client = _factory.CreateClient();
    }

    [TearDown]
    public void StopService()
    {
        _client.Dispose();
        _factory.Dispose();
    }

    [Test]
    public async Task Token_AfterMaxFailures_Returns429WithRetryAfterEvenForTheRightPassword()
    {
        var (user, _) = await _client.Register();
        await FailLogins(user.UserName, MaxFailures);
        _clock.Advance(TimeSpan.FromMinutes(2));

        using var response = await Login(user.UserName, UserApi.Password);

        await ProblemAssert.IsProblem(response, HttpStatusCode.TooManyRequests);
        Assert.That(response.Headers.RetryAfter?.Delta, Is.EqualTo(Window - TimeSpan.FromMinutes(2)));
    }

    [Test]
    public async Task Token_UnknownAndKnownNamesThrottled_AnswerIdentically()
    {
        var (user, _) = await _client.Register();
        await FailLogins(user.UserName, MaxFailures);
        await FailLogins("nobody-here", MaxFailures);

        using var known = await Login(user.UserName, "wrong password");
        using var unknown = await Login("nobody-here", "wrong password");

        var first = await ProblemAssert.IsProblem(known, HttpStatusCode.TooManyRequests);
        var second = await ProblemAssert.IsProblem(unknown, HttpStatusCode.TooManyRequests);
        Assert.That(WithoutTraceId(first), Is.EqualTo(WithoutTraceId(second)));
        Assert.That(known.Headers.RetryAfter?.Delta, Is.EqualTo(unknown.Headers.RetryAfter?.Delta));
    }

    [Test]
    public async Task Token_SuccessBeforeTheLimit_ResetsTheCount()
    {
        var (user, _) = await _client.Register();
        await FailLogins(user.UserName, MaxFailures - 1);
        await _client.Token(user.UserName);
        await FailLogins(user.UserName, MaxFailures - 1);

        using var response = await Login(user.UserName, UserApi.Password);

        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.OK));
    }

    [Test]
    public async Task Token_AfterTheWindow_ChecksThePasswordAgain()
    {
        var (user, _) = await _client.Register();
        await FailLogins(user.UserName, MaxFailures);
        _clock.Advance(Window);

        using var response = await Login(user.UserName.ToUpperInvariant(), UserApi.Password);

        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.OK));
    }

    [Test]
    public async Task Token_OneNameThrottled_OtherNamesStillLogIn()
    {
        var (victim, _) = await _client.Register();
        var (other, _) = await _client.Register();
        await FailLogins(victim.UserName, MaxFailures);

        using var response = await Login(other.UserName, UserApi.Password);

        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.OK));
    }

    [Test]
    public async Task Token_NameInOtherCase_SharesTheCount()
    {
        var (user, _) = await _client.Register();
        await FailLogins(user.UserName.ToUpperInvariant(), MaxFailures);

        using var response = await Login(user.UserName.ToLowerInvariant(), UserApi.Password);

        await ProblemAssert.IsProblem(response, HttpStatusCode.TooManyRequests);
    }

    [TestCase("LoginThrottle:MaxFailures", "0")]
    [TestCase("LoginThrottle:Window", "00:00:00")]
    public void Start_InvalidThrottleSetting_FailsNamingTheSetting(string key, string value)
    {
        using var factory = new UserServiceFactory(DatabaseProvider.Sqlite);
        factory.Settings[key] = value;

        var failure = Assert.Catch(() => factory.CreateClient());

        Assert.That(failure!.ToString(), Does.Contain(key.Split(':')[1]));
    }

    private async Task FailLogins(string userName, int count)
    {
        for (var i = 0; i < count; i++)
        {
            using var response = await Login(userName, "wrong password");
            Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.Unauthorized), $"failure {i + 1} of {count}");
        }
    }

    private Task<HttpResponseMessage> Login(string userName, string password) =>
        _client.PostAsJsonAsync("/api/auth/token", new TokenRequest(userName, password));

    private static string WithoutTraceId(JsonElement problem) =>
        JsonSerializer.Serialize(problem.EnumerateObject().Where(p => p.Name != "traceId").ToDictionary(p => p.Name, p => p.Value));
}
