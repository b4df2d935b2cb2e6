using Gateway.RateLimiting;

namespace Gateway.Tests.Unit.RateLimiting;

public sealed class ClientWindowLimiterTests
{
    [Test]
    public void AttemptAcquire_PastTheLimit_RejectsUntilTheWindowEnds()
    {
        var time = new ManualTimeProvider();
        using var limiter = new ClientWindowLimiter(Rule(limit: 2, period: TimeSpan.FromSeconds(10), wait: TimeSpan.Zero), time);

        var first = (WindowLease)limiter.AttemptAcquire();
        time.Advance(TimeSpan.FromSeconds(4));
        var second = (WindowLease)limiter.AttemptAcquire();
        var third = (WindowLease)limiter.AttemptAcquire();
        time.Advance(TimeSpan.FromSeconds(6));
        var afterWindow = (WindowLease)limiter.AttemptAcquire();

        Assert.That((first.IsAcquired, second.IsAcquired, third.IsAcquired, afterWindow.IsAcquired), Is.EqualTo((true, true, false, true)));
        Assert.That((first.Remaining, second.Remaining), Is.EqualTo((1, 0)));
        Assert.That(third.ResetAfter, Is.EqualTo(TimeSpan.FromSeconds(6)));
    }

    [Test]
    public void AttemptAcquire_WithWait_BlocksForTheWaitAfterExceeding()
    {
        var time = new ManualTimeProvider();
        using var limiter = new ClientWindowLimiter(Rule(limit: 1, period: TimeSpan.FromSeconds(1), wait: TimeSpan.FromSeconds(30)), time);
        limiter.AttemptAcquire().Dispose();

        var blocked = (WindowLease)limiter.AttemptAcquire();
        time.Advance(TimeSpan.FromSeconds(5));
        var stillBlocked = limiter.AttemptAcquire().IsAcquired;
        time.Advance(TimeSpan.FromSeconds(25));
        var released = limiter.AttemptAcquire().IsAcquired;

        Assert.That(blocked.ResetAfter, Is.EqualTo(TimeSpan.FromSeconds(30)));
        Assert.That((stillBlocked, released), Is.EqualTo((false, true)));
    }

    [TestCase("500ms", 500)]
    [TestCase("1s", 1000)]
    [TestCase("2m", 120_000)]
    [TestCase("1h", 3_600_000)]
    [TestCase("1d", 86_400_000)]
    public void TryParse_OcelotPeriod_IsUnderstood(string text, int milliseconds)
    {
        Assert.That(PeriodParser.TryParse(text, out var period), Is.True);
        Assert.That(period, Is.EqualTo(TimeSpan.FromMilliseconds(milliseconds)));
    }

    [TestCase("")]
    [TestCase("1")]
    [TestCase("1w")]
    [TestCase("-1s")]
    public void TryParse_Malformed_Fails(string text) => Assert.That(PeriodParser.TryParse(text, out _), Is.False);

    private static RateLimitRule Rule(int limit, TimeSpan period, TimeSpan wait) =>
        new("Oc-Client", [], limit, period, wait, 429, "quota", enableHeaders: true);
}
