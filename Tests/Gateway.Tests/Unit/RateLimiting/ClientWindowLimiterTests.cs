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

    private static RateLimitRule Rule(int limit, TimeSpan period, TimeSpan wait) =>
        new("Oc-Client", [], limit, period, wait, 429, "quota", enableHeaders: true);
}
