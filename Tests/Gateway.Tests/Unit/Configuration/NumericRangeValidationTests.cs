namespace Gateway.Tests.Unit.Configuration;

/// <summary>Numbers that become time spans are range-checked with key paths instead of overflowing.</summary>
public sealed class NumericRangeValidationTests
{
    private const string Route = $"\"UpstreamPathTemplate\": \"/a\", \"DownstreamPathTemplate\": \"/a\", {RouteFileConfig.Hosts}";

    [TestCase("\"RateLimitOptions\": { \"Period\": \"99999999999999999999d\", \"Limit\": 1 }", "Routes[0].RateLimitOptions.Period", TestName = "Period overflowing a TimeSpan")]
    [TestCase("\"RateLimitOptions\": { \"Period\": \"366d\", \"Limit\": 1 }", "Routes[0].RateLimitOptions.Period", TestName = "Period over a year")]
    [TestCase("\"RateLimitOptions\": { \"Period\": \"0.00001ms\", \"Limit\": 1 }", "Routes[0].RateLimitOptions.Period", TestName = "Period under a millisecond")]
    [TestCase("\"RateLimitOptions\": { \"Period\": \"1s\", \"Limit\": 1, \"Wait\": 1e30 }", "Routes[0].RateLimitOptions.Wait", TestName = "Wait overflowing a TimeSpan")]
    [TestCase("\"RateLimitOptions\": { \"Period\": \"1s\", \"Limit\": 1, \"Wait\": \"NaN\" }", "Routes[0].RateLimitOptions.Wait", TestName = "Wait not a number")]
    [TestCase("\"RateLimitOptions\": { \"Period\": \"1s\", \"Limit\": 1, \"PeriodTimespan\": -1 }", "Routes[0].RateLimitOptions.PeriodTimespan", TestName = "Legacy PeriodTimespan negative")]
    [TestCase("\"Timeout\": 2147484", "Routes[0].Timeout", TestName = "Timeout beyond a timer's range")]
    public void Load_RouteValueOutOfRange_ReportsTheKeyPath(string setting, string path)
    {
        var result = RouteFileConfig.Load($"{{ \"Routes\": [ {{ {Route}, {setting} }} ] }}");

        Assert.That(result.Errors, Has.Some.StartsWith(path + ":"));
    }

    [TestCase("\"RateLimitOptions\": { \"Period\": \"99999999999999999999d\" }", "GlobalConfiguration.RateLimitOptions.Period")]
    [TestCase("\"RateLimitOptions\": { \"Wait\": 1e30 }", "GlobalConfiguration.RateLimitOptions.Wait")]
    [TestCase("\"Timeout\": 2147484", "GlobalConfiguration.Timeout")]
    public void Load_GlobalValueOutOfRange_ReportsTheKeyPath(string setting, string path)
    {
        var result = RouteFileConfig.Load($"{{ \"Routes\": [ {{ {Route} }} ], \"GlobalConfiguration\": {{ {setting} }} }}");

        Assert.That(result.Errors, Has.Some.StartsWith(path + ":"));
    }

    [Test]
    public void Load_LargestAcceptedValues_AreValid()
    {
        var result = RouteFileConfig.Load(
            $"{{ \"Routes\": [ {{ {Route}, \"Timeout\": 2147483, \"RateLimitOptions\": {{ \"Period\": \"365d\", \"Limit\": 1, \"Wait\": 31536000 }} }} ] }}");

        Assert.That(result.Errors, Is.Empty);
    }
}
