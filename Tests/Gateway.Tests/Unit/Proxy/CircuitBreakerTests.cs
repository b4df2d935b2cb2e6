using Gateway.Proxy;

namespace Gateway.Tests.Unit.Proxy;

public sealed class CircuitBreakerTests
{
    [Test]
    public void Record_FailureRatioReachedAtMinimumThroughput_OpensForTheBreakDuration()
    {
        var time = new ManualTimeProvider();
        var breaker = new CircuitBreaker(3, 0.5, TimeSpan.FromSeconds(10), TimeSpan.FromSeconds(5), time);
        breaker.Record(failed: true);
        breaker.Record(failed: false);
        var beforeThroughput = breaker.TryEnter(out _);
        breaker.Record(failed: true);

        var open = breaker.TryEnter(out var retryAfter);

        Assert.That((beforeThroughput, open), Is.EqualTo((true, false)));
        Assert.That(retryAfter, Is.EqualTo(TimeSpan.FromSeconds(5)));
    }

    [Test]
    public void TryEnter_AfterBreak_LetsOneTrialThroughAndClosesOnSuccess()
    {
        var time = new ManualTimeProvider();
        var breaker = new CircuitBreaker(1, 1.0, TimeSpan.FromSeconds(10), TimeSpan.FromSeconds(5), time);
        breaker.Record(failed: true);
        time.Advance(TimeSpan.FromSeconds(5));

        var trial = breaker.TryEnter(out _);
        var concurrent = breaker.TryEnter(out _);
        breaker.Record(failed: false);
        var closed = breaker.TryEnter(out _);

        Assert.That((trial, concurrent, closed), Is.EqualTo((true, false, true)));
    }

    [Test]
    public void Record_TrialFails_ReopensTheCircuit()
    {
        var time = new ManualTimeProvider();
        var breaker = new CircuitBreaker(1, 1.0, TimeSpan.FromSeconds(10), TimeSpan.FromSeconds(5), time);
        breaker.Record(failed: true);
        time.Advance(TimeSpan.FromSeconds(5));
        breaker.TryEnter(out _);

        breaker.Record(failed: true);

        Assert.That(breaker.TryEnter(out _), Is.False);
    }
}
