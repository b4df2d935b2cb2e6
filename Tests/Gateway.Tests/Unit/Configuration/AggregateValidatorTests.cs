using Gateway.Configuration;

namespace Gateway.Tests.Unit.Configuration;

public sealed class AggregateValidatorTests
{
    private const string Hosts = RouteFileConfig.Hosts;

    [TestCase("\"AddHeadersToRequest\": { \"X-User\": \"Claims[sub] > value\" }", "AddHeadersToRequest")]
    [TestCase("\"UpstreamHeaderTransform\": { \"X-A\": \"b\" }", "UpstreamHeaderTransform")]
    public void Validate_AggregateOfARouteWithPerRequestHeaders_IsRefusedWithTheKeyPath(string setting, string name)
    {
        var json = File($"{{ \"UpstreamPathTemplate\": \"/a/{{id}}\", \"DownstreamPathTemplate\": \"/a/{{id}}\", {Hosts}, \"Key\": \"a\", {setting} }}",
            $"{{ \"UpstreamPathTemplate\": \"/b/{{id}}\", \"DownstreamPathTemplate\": \"/b/{{id}}\", {Hosts}, \"Key\": \"b\" }}");

        var errors = RouteFileConfig.Load(json).Errors;

        Assert.That(errors, Has.Exactly(1).StartsWith("Aggregates[0].RouteKeys:").And.Contains("'a'").And.Contains("Routes[0]").And.Contains(name));
    }

    [Test]
    public void Validate_AggregateOfRoutesWithDifferentSchemes_IsRefused()
    {
        var json = File(
            $"{{ \"UpstreamPathTemplate\": \"/a/{{id}}\", \"DownstreamPathTemplate\": \"/a/{{id}}\", {Hosts}, \"Key\": \"a\", \"AuthenticationOptions\": {{ \"AuthenticationProviderKey\": \"Bearer\" }} }}",
            $"{{ \"UpstreamPathTemplate\": \"/b/{{id}}\", \"DownstreamPathTemplate\": \"/b/{{id}}\", {Hosts}, \"Key\": \"b\", \"AuthenticationOptions\": {{ \"AuthenticationProviderKeys\": [ \"Other\" ] }} }}");

        var errors = RouteFileLoader.Load(RouteFileConfig.From(json), new HashSet<string> { "Bearer", "Other" }).Errors;

        Assert.That(errors, Has.Exactly(1).StartsWith("Aggregates[0].RouteKeys:").And.Contains("different authentication schemes"));
    }

    [Test]
    public void Validate_AggregateOfRoutesWithTheSameSchemeAndAnAnonymousRoute_IsValid()
    {
        var json = File(
            $"{{ \"UpstreamPathTemplate\": \"/a/{{id}}\", \"DownstreamPathTemplate\": \"/a/{{id}}\", {Hosts}, \"Key\": \"a\", \"AuthenticationOptions\": {{ \"AuthenticationProviderKeys\": [ \"Bearer\" ], \"AllowedScopes\": [ \"admin\" ] }}, \"RateLimitOptions\": {{ \"Period\": \"1s\", \"Limit\": 1 }} }}",
            $"{{ \"UpstreamPathTemplate\": \"/b/{{id}}\", \"DownstreamPathTemplate\": \"/b/{{id}}\", {Hosts}, \"Key\": \"b\", \"AuthenticationOptions\": {{ \"AuthenticationProviderKeys\": [ \"Bearer\" ] }} }}",
            $"{{ \"UpstreamPathTemplate\": \"/c/{{id}}\", \"DownstreamPathTemplate\": \"/c/{{id}}\", {Hosts}, \"Key\": \"c\" }}");

        Assert.That(RouteFileConfig.Load(json).Errors, Is.Empty);
    }

    private static string File(params string[] routes)
    {
        var keys = string.Join(", ", routes.Select((_, i) => $"\"{(char)('a' + i)}\""));
        return $"{{ \"Routes\": [ {string.Join(", ", routes)} ], \"Aggregates\": [ {{ \"RouteKeys\": [ {keys} ], \"UpstreamPathTemplate\": \"/all/{{id}}\" }} ] }}";
    }
}
