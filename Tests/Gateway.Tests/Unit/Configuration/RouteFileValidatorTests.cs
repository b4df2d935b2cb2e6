namespace Gateway.Tests.Unit.Configuration;

public sealed class RouteFileValidatorTests
{
    private const string Up = "\"UpstreamPathTemplate\": \"/a/{x}\"";
    private const string Down = "\"DownstreamPathTemplate\": \"/b/{x}\"";
    private const string Hosts = RouteFileConfig.Hosts;

    [TestCase($"{{ {Down}, {Hosts} }}", "Routes[0].UpstreamPathTemplate", "required", TestName = "Upstream template required")]
    [TestCase($"{{ {Up}, {Hosts} }}", "Routes[0].DownstreamPathTemplate", "required", TestName = "Downstream template required")]
    [TestCase($"{{ \"UpstreamPathTemplate\": \"a/{{x}}\", {Down}, {Hosts} }}", "Routes[0].UpstreamPathTemplate", "start with '/'", TestName = "Upstream starts with slash")]
    [TestCase($"{{ {Up}, \"DownstreamPathTemplate\": \"b\", {Hosts} }}", "Routes[0].DownstreamPathTemplate", "start with '/'", TestName = "Downstream starts with slash")]
    [TestCase($"{{ \"UpstreamPathTemplate\": \"/a//{{x}}\", {Down}, {Hosts} }}", "Routes[0].UpstreamPathTemplate", "'//'", TestName = "No double slash")]
    [TestCase($"{{ {Up}, \"DownstreamPathTemplate\": \"http://h/b\", {Hosts} }}", "Routes[0].DownstreamPathTemplate", "without a scheme", TestName = "No scheme")]
    [TestCase($"{{ \"UpstreamPathTemplate\": \"/a/{{x}}/{{x}}\", {Down}, {Hosts} }}", "Routes[0].UpstreamPathTemplate", "more than once", TestName = "No duplicate placeholder")]
    [TestCase($"{{ \"UpstreamPathTemplate\": \"/a/{{x\", {Down}, {Hosts} }}", "Routes[0].UpstreamPathTemplate", "braces", TestName = "Balanced braces")]
    [TestCase($"{{ {Up}, {Down} }}", "Routes[0].DownstreamHostAndPorts", "without ServiceName", TestName = "Hosts or ServiceName required")]
    [TestCase($"{{ {Up}, {Down}, \"DownstreamHostAndPorts\": [ {{ \"Host\": \"\", \"Port\": 80 }} ] }}", "Routes[0].DownstreamHostAndPorts[0].Host", "required", TestName = "Host required")]
    [TestCase($"{{ {Up}, {Down}, \"DownstreamHostAndPorts\": [ {{ \"Host\": \"h\", \"Port\": 0 }} ] }}", "Routes[0].DownstreamHostAndPorts[0].Port", "not a port", TestName = "Port in range")]
    [TestCase($"{{ {Up}, {Down}, {Hosts}, \"RateLimitOptions\": {{ \"Period\": \"soon\", \"Limit\": 1 }} }}", "Routes[0].RateLimitOptions.Period", "period", TestName = "Rate limit period parses")]
    [TestCase($"{{ {Up}, {Down}, {Hosts}, \"RateLimitOptions\": {{ \"Period\": \"1s\", \"Limit\": 0 }} }}", "Routes[0].RateLimitOptions.Limit", "greater than 0", TestName = "Rate limit positive")]
    [TestCase($"{{ {Up}, {Down}, {Hosts}, \"AuthenticationOptions\": {{ \"AuthenticationProviderKeys\": [ \"Cookies\" ] }} }}", "Routes[0].AuthenticationOptions.AuthenticationProviderKeys", "'Cookies'", TestName = "Auth scheme exists")]
    [TestCase($"{{ {Up}, {Down}, {Hosts}, \"LoadBalancerOptions\": {{ \"Type\": \"Random\" }} }}", "Routes[0].LoadBalancerOptions.Type", "'Random'", TestName = "Load balancer known")]
    [TestCase($"{{ {Up}, {Down}, {Hosts}, \"DownstreamScheme\": \"ftp\" }}", "Routes[0].DownstreamScheme", "http or https", TestName = "Scheme http or https")]
    [TestCase($"{{ {Up}, {Down}, {Hosts}, \"DownstreamHttpVersion\": \"4\" }}", "Routes[0].DownstreamHttpVersion", "'4'", TestName = "HTTP version known")]
    [TestCase($"{{ {Up}, {Down}, {Hosts}, \"QoSOptions\": {{ \"FailureRatio\": 2 }} }}", "Routes[0].QoSOptions.FailureRatio", "(0, 1]", TestName = "Failure ratio in range")]
    [TestCase($"{{ {Up}, {Down}, {Hosts}, \"AddHeadersToRequest\": {{ \"X-Id\": \"sub\" }} }}", "Routes[0].AddHeadersToRequest.X-Id", "Claims[type]", TestName = "Claims header expression")]
    [TestCase($"{{ {Up}, {Down}, \"ServiceName\": \"s\" }}", "Routes[0].ServiceName", "ServiceDiscoveryProvider.Type", TestName = "ServiceName needs discovery")]
    [TestCase($"{{ {Up}, {Down}, {Hosts}, \"FileCacheOptions\": {{ \"TtlSeconds\": -1 }} }}", "Routes[0].FileCacheOptions.TtlSeconds", "negative", TestName = "Cache TTL not negative")]
    public void Validate_InvalidRoute_ReportsTheKeyPath(string route, string path, string fragment)
    {
        var result = RouteFileConfig.Load($"{{ \"Routes\": [ {route} ] }}");

        Assert.That(result.Errors, Has.Some.StartsWith(path + ":").And.Contains(fragment));
    }

    [Test]
    public void Validate_SameTemplateHostAndOverlappingMethods_IsADuplicate()
    {
        var json = $$"""
            { "Routes": [
                { {{Up}}, {{Down}}, {{Hosts}}, "UpstreamHttpMethod": [ "Get", "Post" ] },
                { "UpstreamPathTemplate": "/A/{x}", {{Down}}, {{Hosts}}, "UpstreamHttpMethod": [ "POST" ] },
                { {{Up}}, {{Down}}, {{Hosts}}, "UpstreamHttpMethod": [ "DELETE" ] },
                { {{Up}}, {{Down}}, {{Hosts}}, "UpstreamHost": "other.test" } ] }
            """;

        var result = RouteFileConfig.Load(json);

        Assert.That(result.Errors, Has.Count.EqualTo(1));
        Assert.That(result.Errors[0], Does.StartWith("Routes[1].UpstreamPathTemplate:").And.Contains("Routes[0]"));
    }

    [Test]
    public void Validate_DuplicateKey_IsReported()
    {
        var json = $$"""{ "Routes": [ { {{Up}}, {{Down}}, {{Hosts}}, "Key": "k" }, { "UpstreamPathTemplate": "/c", {{Down}}, {{Hosts}}, "Key": "k" } ] }""";

        Assert.That(RouteFileConfig.Load(json).Errors, Has.Some.StartsWith("Routes[1].Key:"));
    }

    [Test]
    public void Validate_AggregateWithUnknownRouteKey_IsReported()
    {
        var json = $$"""{ "Routes": [ { {{Up}}, {{Down}}, {{Hosts}}, "Key": "k" } ], "Aggregates": [ { "RouteKeys": [ "k", "missing" ], "UpstreamPathTemplate": "/agg" } ] }""";

        Assert.That(RouteFileConfig.Load(json).Errors, Is.EqualTo(new[] { "Aggregates[0].RouteKeys: no route has the Key 'missing'." }));
    }

    [Test]
    public void Validate_StaticRegistryEntryWithoutHost_IsReported()
    {
        const string json = """{ "GlobalConfiguration": { "ServiceDiscoveryProvider": { "Type": "Static", "Services": { "users": [ { "Port": 80 } ] } } } }""";

        Assert.That(RouteFileConfig.Load(json).Errors, Has.Some.StartsWith("GlobalConfiguration.ServiceDiscoveryProvider.Services.users[0].Host:"));
    }

    [Test]
    public void Validate_SeveralProblems_AreAllListed()
    {
        var json = $$"""{ "Routes": [ { "UpstreamPathTemplate": "a", {{Down}} }, { {{Up}} } ] }""";

        var errors = RouteFileConfig.Load(json).Errors;

        Assert.That(errors, Has.Count.GreaterThanOrEqualTo(3));
        Assert.That(errors, Has.Some.StartsWith("Routes[0].UpstreamPathTemplate:"));
        Assert.That(errors, Has.Some.StartsWith("Routes[1].DownstreamPathTemplate:"));
    }

    [Test]
    public void Validate_DisabledRateLimitBoilerplate_IsValid()
    {
        var json = $$"""{ "Routes": [ { {{Up}}, {{Down}}, {{Hosts}}, "RateLimitOptions": { "EnableRateLimiting": false, "Period": "", "Limit": 0 } } ] }""";

        Assert.That(RouteFileConfig.Load(json).Errors, Is.Empty);
    }
}
