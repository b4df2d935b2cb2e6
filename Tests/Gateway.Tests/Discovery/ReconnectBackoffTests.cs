using Gateway.Discovery;

namespace Gateway.Tests.Discovery;

public sealed class ReconnectBackoffTests
{
    private static readonly TimeSpan Initial = TimeSpan.FromMilliseconds(100);
    private static readonly TimeSpan Max = TimeSpan.FromMilliseconds(1000);

    [Test]
    public void Next_Repeatedly_DoublesWithJitterWithinBounds()
    {
        var backoff = new ReconnectBackoff(Initial, Max);

        var delays = Enumerable.Range(0, 4).Select(_ => backoff.Next().TotalMilliseconds).ToList();

        Assert.Multiple(() =>
        {
            Assert.That(delays[0], Is.InRange(50, 100));
            Assert.That(delays[1], Is.InRange(100, 200));
            Assert.That(delays[2], Is.InRange(200, 400));
            Assert.That(delays[3], Is.InRange(400, 800));
        });
    }

    [Test]
    public void Next_ManyFailures_NeverExceedsCap()
    {
        var backoff = new ReconnectBackoff(Initial, Max);

        var delays = Enumerable.Range(0, 50).Select(_ => backoff.Next()).ToList();

        Assert.That(delays, Has.All.InRange(TimeSpan.Zero, Max));
        Assert.That(delays[^1], Is.GreaterThanOrEqualTo(Max / 2));
    }

    [Test]
    public void Reset_AfterFailures_StartsFromInitialAgain()
    {
        var backoff = new ReconnectBackoff(Initial, Max);
        for (var i = 0; i < 10; i++)
        {
            backoff.Next();
        }

        backoff.Reset();

        Assert.That(backoff.Next(), Is.LessThanOrEqualTo(Initial));
    }
}
