using Gateway.Routing;
using Microsoft.Extensions.Configuration;

namespace Gateway.Tests.Unit.Configuration;

public sealed class RouteFileLoaderTests
{
    [Test]
    public void Load_CommentsAndLowerCaseKeys_AreAccepted()
    {
        const string json = """
            {
              // a comment
              "routes": [ { "upstreampathtemplate": "/a/{x}", "DOWNSTREAMPATHTEMPLATE": "/b/{x}", "downstreamHostAndPorts": [ { "host": "h", "port": 81 } ] } ]
            }
            """;

        var result = RouteFileConfig.Load(json);

        Assert.That(result.Errors, Is.Empty);
        Assert.That(result.File.Routes[0].UpstreamPathTemplate, Is.EqualTo("/a/{x}"));
        Assert.That(result.File.Routes[0].DownstreamHostAndPorts[0].Port, Is.EqualTo(81));
    }

    [Test]
    public void Load_EnvironmentVariable_OverridesTheFile()
    {
        const string variable = "GWTEST_Routes__0__DownstreamHostAndPorts__0__Host";
        Environment.SetEnvironmentVariable(variable, "from-env");
        try
        {
            var result = RouteFileConfig.Load($$"""{ "Routes": [ { "UpstreamPathTemplate": "/a", "DownstreamPathTemplate": "/a", {{RouteFileConfig.Hosts}} } ] }""",
                b => b.AddEnvironmentVariables("GWTEST_"));

            Assert.That(result.File.Routes[0].DownstreamHostAndPorts[0].Host, Is.EqualTo("from-env"));
        }
        finally
        {
            Environment.SetEnvironmentVariable(variable, null);
        }
    }

    [Test]
    public void Load_LegacyNames_AreMappedAndWin()
    {
        const string json = """
            {
              "ReRoutes": [ {
                "UpstreamPathTemplate": "/a/{x}", "DownstreamPathTemplate": "/a/{x}", "ServiceName": "s", "ReRouteIsCaseSensitive": true, "Key": "k",
                "AuthenticationOptions": { "AuthenticationProviderKey": "Bearer", "AuthenticationProviderKeys": [ "Other" ] },
                "QoSOptions": { "TimeoutValue": 1500, "Timeout": 9000, "ExceptionsAllowedBeforeBreaking": 3, "DurationOfBreak": 2000 },
                "RateLimitOptions": { "EnableRateLimiting": true, "Period": "1s", "Limit": 5, "PeriodTimespan": 7, "Wait": 1,
                                      "HttpStatusCode": 418, "QuotaExceededMessage": "legacy", "QuotaMessage": "new", "DisableRateLimitHeaders": true }
              } ],
              "Aggregates": [ { "ReRouteKeys": [ "k" ], "UpstreamPathTemplate": "/agg" } ],
              "GlobalConfiguration": { "ServiceDiscoveryProvider": { "Type": "Static" }, "RateLimitOptions": { "ClientId": "X-Client" } }
            }
            """;

        var result = RouteFileConfig.Load(json);
        var table = RouteTableBuilder.Build(result.File, 1, TimeProvider.System);
        var route = table.Routes.Single(r => r.Key == "k");

        Assert.That(result.Errors, Is.Empty);
        Assert.That(route.Upstream.Regex.IsMatch("/A/1"), Is.False);
        Assert.That(route.AuthorizationPolicy!.AuthenticationSchemes, Is.EqualTo(new[] { "Bearer" }));
        Assert.That(table.Clusters[route.ClusterId!].Timeout, Is.EqualTo(TimeSpan.FromMilliseconds(1500)));
        Assert.That(route.CircuitBreaker, Is.Not.Null);
        var rule = route.RateLimit!;
        Assert.That((rule.Wait, rule.StatusCode, rule.Message, rule.EnableHeaders, rule.ClientIdHeader),
            Is.EqualTo((TimeSpan.FromSeconds(7), 418, "legacy", false, "X-Client")));
        Assert.That(table.Routes.Single(r => r.Aggregate is not null).Aggregate!.Parts.Single().Key, Is.EqualTo("k"));
    }

    [Test]
    public void Build_GlobalSections_ApplyPropertyByPropertyAndOnlyToTheirRouteKeys()
    {
        const string json = """
            {
              "Routes": [
                { "Key": "listed", "UpstreamPathTemplate": "/a", "DownstreamPathTemplate": "/a", "ServiceName": "s",
                  "RateLimitOptions": { "Limit": 9 } },
                { "Key": "other", "UpstreamPathTemplate": "/b", "DownstreamPathTemplate": "/b", "ServiceName": "s" }
              ],
              "GlobalConfiguration": {
                "ServiceDiscoveryProvider": { "Type": "Static" },
                "RateLimitOptions": { "RouteKeys": [ "listed" ], "Period": "1m", "Limit": 2, "QuotaMessage": "global" },
                "LoadBalancerOptions": { "Type": "RoundRobin" },
                "AuthenticationOptions": { "RouteKeys": [ "other" ], "AuthenticationProviderKeys": [ "Bearer" ] }
              }
            }
            """;

        var result = RouteFileConfig.Load(json);
        var table = RouteTableBuilder.Build(result.File, 1, TimeProvider.System);
        var listed = table.Routes.Single(r => r.Key == "listed");
        var other = table.Routes.Single(r => r.Key == "other");

        Assert.That(result.Errors, Is.Empty);
        Assert.That((listed.RateLimit!.Limit, listed.RateLimit.Period, listed.RateLimit.Message), Is.EqualTo((9, TimeSpan.FromMinutes(1), "global")));
        Assert.That(other.RateLimit, Is.Null);
        Assert.That(listed.AuthorizationPolicy, Is.Null);
        Assert.That(other.AuthorizationPolicy, Is.Not.Null);
        Assert.That(table.Clusters[listed.ClusterId!].LoadBalancer, Is.EqualTo("RoundRobin"));
    }

    [Test]
    public void Build_SelectionOrder_IsHostThenPriorityThenFileOrder()
    {
        const string json = """
            {
              "Routes": [
                { "UpstreamPathTemplate": "/{all}", "DownstreamPathTemplate": "/a", "DownstreamHostAndPorts": [ { "Host": "h", "Port": 1 } ], "Priority": 9 },
                { "UpstreamPathTemplate": "/low", "DownstreamPathTemplate": "/a", "DownstreamHostAndPorts": [ { "Host": "h", "Port": 1 } ] },
                { "UpstreamPathTemplate": "/high", "DownstreamPathTemplate": "/a", "DownstreamHostAndPorts": [ { "Host": "h", "Port": 1 } ], "Priority": 5 },
                { "UpstreamPathTemplate": "/low2", "DownstreamPathTemplate": "/a", "DownstreamHostAndPorts": [ { "Host": "h", "Port": 1 } ] },
                { "UpstreamPathTemplate": "/hosted", "UpstreamHost": "x.test", "DownstreamPathTemplate": "/a", "DownstreamHostAndPorts": [ { "Host": "h", "Port": 1 } ] }
              ]
            }
            """;

        var table = RouteTableBuilder.Build(RouteFileConfig.Load(json).File, 1, TimeProvider.System);

        Assert.That(table.Routes.Select(r => r.Upstream.Text), Is.EqualTo(new[] { "/hosted", "/high", "/low", "/low2", "/{all}" }));
        Assert.That(table.Routes.Select(r => r.Order), Is.EqualTo(new[] { 1, 2, 3, 4, 5 }));
    }

    [Test]
    public void Load_UnknownKeys_AreReportedWithTheirFullPath()
    {
        var json = $$"""
            { "Routes": [ { "UpstreamPathTemplate": "/a", "DownstreamPathTemplate": "/a", {{RouteFileConfig.Hosts}} },
                          { "UpstreamPathTemplate": "/b", "DownstreamPathTemplate": "/b", {{RouteFileConfig.Hosts}}, "Foo": 1, "QoSOptions": { "Bar": 2 } } ],
              "GlobalConfiguration": { "Baz": true } }
            """;

        var result = RouteFileConfig.Load(json);

        Assert.That(result.Errors, Is.Empty);
        Assert.That(result.UnknownKeys, Is.EquivalentTo(new[] { "Routes[1].Foo", "Routes[1].QoSOptions.Bar", "GlobalConfiguration.Baz" }));
    }

    [TestCase("\"DynamicRoutes\": [ { \"ServiceName\": \"s\" } ]", "DynamicRoutes")]
    [TestCase("\"Routes\": [ { \"DelegatingHandlers\": [ \"X\" ] } ]", "Routes[0].DelegatingHandlers")]
    [TestCase("\"Routes\": [ { \"SecurityOptions\": { \"IPBlockedList\": [ \"1.2.3.4\" ] } } ]", "Routes[0].SecurityOptions")]
    [TestCase("\"GlobalConfiguration\": { \"ServiceDiscoveryProvider\": { \"Type\": \"Consul\" } }", "GlobalConfiguration.ServiceDiscoveryProvider.Type")]
    [TestCase("\"Aggregates\": [ { \"RouteKeys\": [ \"k\" ], \"UpstreamPathTemplate\": \"/x\", \"Aggregator\": \"Custom\" } ]", "Aggregates[0].Aggregator")]
    public void Load_UnsupportedFeature_IsAnErrorNamingTheKey(string fragment, string path)
    {
        var result = RouteFileConfig.Load("{ " + fragment + " }");

        Assert.That(result.Errors, Has.Some.StartsWith(path + ":").And.Contains("not supported"));
    }

    [Test]
    public void Load_ValueOfWrongType_IsAnErrorWithItsPath()
    {
        var result = RouteFileConfig.Load($$"""{ "Routes": [ { "UpstreamPathTemplate": "/a", "DownstreamPathTemplate": "/a", "Priority": "high", {{RouteFileConfig.Hosts}} } ] }""");

        Assert.That(result.Errors, Has.Some.StartsWith("Routes[0].Priority:"));
    }
}
