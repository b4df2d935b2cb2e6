using Gateway.RateLimiting;

namespace Gateway.Tests.Unit.RateLimiting;

public sealed class PeriodParserTests
{
    [TestCase("500ms", 500)]
    [TestCase("1s", 1000)]
    [TestCase("2m", 120_000)]
    [TestCase("1h", 3_600_000)]
    [TestCase("1d", 86_400_000)]
    public void TryParse_OcelotPeriod_IsUnderstood(string text, int milliseconds)
    {
        var parsed = PeriodParser.TryParse(text, out var period);

        Assert.That(parsed, Is.True);
        Assert.That(period, Is.EqualTo(TimeSpan.FromMilliseconds(milliseconds)));
    }

    [TestCase("")]
    [TestCase("1")]
    [TestCase("1w")]
    [TestCase("-1s")]
    public void TryParse_Malformed_Fails(string text)
    {
        var parsed = PeriodParser.TryParse(text, out _);

        Assert.That(parsed, Is.False);
    }
}
