using System.Net;
using Gateway.RateLimiting;

namespace Gateway.Tests.Unit.RateLimiting;

public sealed class ClientRateLimiterTests
{
    [Test]
    public void AttemptAcquire_MoreClientIdsThanTheCap_LaterOnesShareOneOverflowWindow()
    {
        using var limiter = new ClientRateLimiter(new ManualTimeProvider());
        var rule = Rule(limit: 1, maxClients: 2);

        var own = new[] { Acquire(limiter, rule, "a"), Acquire(limiter, rule, "b") };
        var firstOverflow = Acquire(limiter, rule, "c");
        var secondOverflow = Acquire(limiter, rule, "d");

        Assert.That(own, Is.All.True);
        Assert.That((firstOverflow, secondOverflow), Is.EqualTo((true, false)));
        Assert.That(rule.Partitions.Count, Is.EqualTo(2));
    }

    [Test]
    public void AttemptAcquire_ClientWithAWindowWhenTheCapIsReached_KeepsItsOwnWindow()
    {
        using var limiter = new ClientRateLimiter(new ManualTimeProvider());
        var rule = Rule(limit: 2, maxClients: 1);
        Acquire(limiter, rule, "a");
        Acquire(limiter, rule, "b");
        Acquire(limiter, rule, "b");

        var again = Acquire(limiter, rule, "a");

        Assert.That(again, Is.True, "'a' has used one of its own two permits; the overflow window is spent by 'b'");
    }

    [Test]
    public void AttemptAcquire_AddressesPastTheCap_ShareAnOverflowWindowApartFromClientIds()
    {
        using var limiter = new ClientRateLimiter(new ManualTimeProvider());
        var rule = Rule(limit: 1, maxClients: 1);
        Acquire(limiter, rule, IPAddress.Parse("10.0.0.1"));
        Acquire(limiter, rule, IPAddress.Parse("10.0.0.2"));

        var idOverflow = Acquire(limiter, rule, "x");
        var addressOverflow = Acquire(limiter, rule, IPAddress.Parse("10.0.0.3"));

        Assert.That((idOverflow, addressOverflow), Is.EqualTo((true, false)));
    }

    [Test]
    public void Dispose_WindowEvictedByTheLimiter_GivesItsPlaceBack()
    {
        var rule = Rule(limit: 1, maxClients: 1);
        var window = new ClientWindowLimiter(rule, new ManualTimeProvider(), "a");
        rule.Partitions.Enter("a", window);
        var fullBefore = !rule.Partitions.Admits("b");

        window.Dispose();

        Assert.That(fullBefore, Is.True);
        Assert.That(rule.Partitions.Admits("b"), Is.True);
        Assert.That(rule.Partitions.Count, Is.Zero);
    }

    [Test]
    public void Leave_OldWindowAfterTheClientGotANewOne_KeepsTheNewOne()
    {
        var rule = Rule(limit: 1, maxClients: 1);
        var time = new ManualTimeProvider();
        using var old = new ClientWindowLimiter(rule, time);
        using var current = new ClientWindowLimiter(rule, time);
        rule.Partitions.Enter("a", old);
        rule.Partitions.Enter("a", current);

        rule.Partitions.Leave("a", old);

        Assert.That(rule.Partitions.Count, Is.EqualTo(1));
        Assert.That((rule.Partitions.Admits("a"), rule.Partitions.Admits("b")), Is.EqualTo((true, false)));
    }

    private static bool Acquire(ClientRateLimiter limiter, RateLimitRule rule, object client)
    {
        using var lease = limiter.Limiter.AttemptAcquire(new RateLimitKey(rule, client));
        return lease.IsAcquired;
    }

    private static RateLimitRule Rule(int limit, int maxClients) =>
        new("Oc-Client", [], limit, TimeSpan.FromMinutes(1), TimeSpan.Zero, 429, "quota", enableHeaders: true, maxClients);
}
