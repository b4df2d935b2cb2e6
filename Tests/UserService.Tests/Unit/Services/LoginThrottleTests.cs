using UserService.Options;
using UserService.Services;
using UserService.Tests.Support;

namespace UserService.Tests.Unit.Services;

internal sealed class LoginThrottleTests
{
    private readonly TestTimeProvider _clock = new(new DateTimeOffset(2026, 1, 1, 12, 0, 0, TimeSpan.Zero));
    private LoginThrottle _throttle = null!;

    [SetUp]
    public void CreateThrottle() =>
        _throttle = new LoginThrottle(Microsoft.Extensions.Options.Options.Create(new LoginThrottleOptions { MaxFailures = 2 }), _clock);

    [TearDown]
    public void DisposeThrottle() => _throttle.Dispose();

    [Test]
    public void Begin_ParallelAttemptsUpToTheLimit_RefusesTheNextBeforeAnyFails()
    {
        using var first = _throttle.Begin("alice");
        using var second = _throttle.Begin("alice");

        using var third = _throttle.Begin("alice");

        Assert.That(first.RetryAfter, Is.Null);
        Assert.That(second.RetryAfter, Is.Null);
        Assert.That(third.RetryAfter, Is.EqualTo(TimeSpan.FromSeconds(1)));
    }

    [Test]
    public void Begin_AttemptEndedWithoutOutcome_IsNotCountedAsFailure()
    {
        for (var i = 0; i < 5; i++)
        {
            using var abandoned = _throttle.Begin("alice");
        }

        using var attempt = _throttle.Begin("alice");

        Assert.That(attempt.RetryAfter, Is.Null);
    }

    [Test]
    public void Begin_AfterMaxFailures_RefusedUntilTheWindowEnds()
    {
        Fail("alice");
        _clock.Advance(TimeSpan.FromMinutes(1));
        Fail("alice");

        using var refused = _throttle.Begin("ALICE");
        _clock.Advance(TimeSpan.FromMinutes(4));
        using var admitted = _throttle.Begin("alice");

        Assert.That(refused.RetryAfter, Is.EqualTo(TimeSpan.FromMinutes(4)));
        Assert.That(admitted.RetryAfter, Is.Null);
    }

    private void Fail(string userName)
    {
        using var attempt = _throttle.Begin(userName);
        attempt.Complete(succeeded: false);
    }
}
