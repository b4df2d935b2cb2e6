using System.Net;
using Gateway.Tests.Integration.Support;

namespace Gateway.Tests.Integration;

/// <summary>
/// Ocelot's documented matching cases, asserted through the real gateway (endpoint routing plus our
/// matcher policy on Kestrel): the backend echoes the downstream path, which names the route that won.
/// </summary>
public sealed class MatchingTests
{
    private static readonly Dictionary<string, object[]> Scenarios = new()
    {
        ["placeholders"] =
        [
            Route("/api/users/{id}", "/one/{id}"),
            Route("/api/{a}/items/{b}", "/two/{a}/{b}"),
            Route("/files/{everything}", "/three/{everything}"),
            Route("/trailing/", "/four"),
            Route("/exact", "/five"),
        ],
        ["catch-all"] = [Route("/{anything}", "/catchall/{anything}").With("Priority", 5), Route("/api/{x}", "/specific/{x}")],
        ["root"] = [Route("/", "/root")],
        ["priority"] =
        [
            Route("/api/{x}", "/low/{x}"),
            Route("/api/special", "/high").With("Priority", 2),
            Route("/v2/{x}", "/first/{x}"),
            Route("/v2/special", "/second"),
        ],
        ["host"] =
        [
            Route("/api/{x}", "/anyhost/{x}").With("Priority", 5),
            Route("/api/{x}", "/withhost/{x}").With("UpstreamHost", "tenant.test"),
        ],
        ["case"] =
        [
            Route("/Insensitive/{x}", "/insensitive/{x}"),
            Route("/Sensitive/{x}", "/sensitive/{x}").With("RouteIsCaseSensitive", true),
        ],
        ["identity"] =
        [
            Route("/api/users/{id}", "/api/users/{id}"),
            Route("/api/{a}/items/{b}", "/api/{a}/items/{b}"),
        ],
        ["methods"] =
        [
            Route("/items/{id}", "/get/{id}", "Get"),
            Route("/items/{id}", "/write/{id}", "POST", "put"),
        ],
    };

    private readonly Dictionary<string, GatewayFactory> _gateways = [];
    private readonly List<IDisposable> _files = [];
    private TestBackend _backend = null!;

    [OneTimeSetUp]
    public async Task StartAsync()
    {
        _backend = await TestBackend.StartAsync("match");
        foreach (var (name, routes) in Scenarios)
        {
            foreach (var route in routes.Cast<Dictionary<string, object?>>())
            {
                route["DownstreamHostAndPorts"] = new[] { new { Host = "127.0.0.1", _backend.Port } };
            }

            var file = new RouteFile(Support.Routes.File(routes));
            _files.Add(file);
            _gateways[name] = GatewayFactory.Start(file.Path);
        }
    }

    [OneTimeTearDown]
    public async Task StopAsync()
    {
        foreach (var gateway in _gateways.Values)
        {
            await gateway.DisposeAsync();
        }

        _files.ForEach(f => f.Dispose());
        await _backend.DisposeAsync();
    }

    [TestCase("placeholders", "GET", "/api/users/42", null, "/one/42", TestName = "Placeholder matches one segment")]
    [TestCase("placeholders", "GET", "/api/users/42/posts/7", null, "/one/42/posts/7", TestName = "Last placeholder is greedy")]
    [TestCase("placeholders", "GET", "/api/x/items/y/z", null, "/two/x/y/z", TestName = "Inner placeholder then greedy last")]
    [TestCase("placeholders", "GET", "/api/x/y/items/z", null, null, TestName = "Inner placeholder does not span slashes")]
    [TestCase("placeholders", "GET", "/files", null, "/three", TestName = "Final placeholder segment is optional")]
    [TestCase("placeholders", "GET", "/files/", null, "/three/", TestName = "Final placeholder may be empty")]
    [TestCase("placeholders", "GET", "/files/a/b.txt", null, "/three/a/b.txt", TestName = "Final placeholder takes the rest")]
    [TestCase("placeholders", "GET", "/filesx", null, null, TestName = "Optional segment still needs the slash")]
    [TestCase("placeholders", "GET", "/trailing", null, "/four", TestName = "Template trailing slash is optional")]
    [TestCase("placeholders", "GET", "/trailing/", null, "/four", TestName = "Template trailing slash matches")]
    [TestCase("placeholders", "GET", "/exact/", null, null, TestName = "Match is anchored at the end")]
    [TestCase("placeholders", "GET", "/prefix/exact", null, null, TestName = "Match is anchored at the start")]
    [TestCase("catch-all", "GET", "/api/y", null, "/specific/y", TestName = "Catch-all has priority 0 whatever its Priority")]
    [TestCase("catch-all", "GET", "/other/path", null, "/catchall/other/path", TestName = "Catch-all takes everything else")]
    [TestCase("root", "GET", "/", null, "/root", TestName = "Root template matches root")]
    [TestCase("root", "GET", "/x", null, null, TestName = "Root template matches only root")]
    [TestCase("priority", "GET", "/api/special", null, "/high", TestName = "Higher priority wins over file order")]
    [TestCase("priority", "GET", "/v2/special", null, "/first/special", TestName = "Equal priority: file order, not specificity")]
    [TestCase("host", "GET", "/api/a", "tenant.test", "/withhost/a", TestName = "Route with matching UpstreamHost is preferred")]
    [TestCase("host", "GET", "/api/a", "other.test", "/anyhost/a", TestName = "Route with other UpstreamHost is skipped")]
    [TestCase("case", "GET", "/insensitive/A", null, "/insensitive/A", TestName = "Matching is case-insensitive by default")]
    [TestCase("case", "GET", "/Sensitive/A", null, "/sensitive/A", TestName = "Case-sensitive route matches exact case")]
    [TestCase("case", "GET", "/sensitive/A", null, null, TestName = "Case-sensitive route rejects other case")]
    [TestCase("identity", "GET", "/api/users/Ab%20c", null, "/api/users/Ab c", TestName = "Same template both ways keeps the path")]
    [TestCase("identity", "GET", "/API/Users/Ab", null, "/api/users/Ab", TestName = "Same template both ways spells literals as the template")]
    [TestCase("identity", "GET", "/api/users", null, "/api/users", TestName = "Same template both ways without the optional segment")]
    [TestCase("identity", "GET", "/api/users/", null, "/api/users/", TestName = "Same template both ways with an empty final segment")]
    [TestCase("identity", "GET", "/api/users/a/b", null, "/api/users/a/b", TestName = "Same template both ways with a greedy final segment")]
    [TestCase("identity", "GET", "/API/x/items/y", null, "/api/x/items/y", TestName = "Same template with two placeholders is rebuilt")]
    [TestCase("methods", "GET", "/items/1", null, "/get/1", TestName = "Methods are case-insensitive")]
    [TestCase("methods", "PUT", "/items/1", null, "/write/1", TestName = "Routes split by method")]
    [TestCase("methods", "DELETE", "/items/1", null, null, TestName = "No route for the method is 404")]
    public async Task Request_Scenario_ReachesExpectedRoute(string scenario, string method, string path, string? host, string? expected)
    {
        using var client = _gateways[scenario].Client();
        using var request = new HttpRequestMessage(new HttpMethod(method), path);
        if (host is not null)
        {
            request.Headers.Host = host;
        }

        using var response = await client.SendAsync(request);

        if (expected is null)
        {
            Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.NotFound));
        }
        else
        {
            Assert.That((await response.EchoAsync()).Path, Is.EqualTo(expected));
        }
    }

    private static Dictionary<string, object?> Route(string upstream, string downstream, params string[] methods) => new()
    {
        ["UpstreamPathTemplate"] = upstream,
        ["DownstreamPathTemplate"] = downstream,
        ["UpstreamHttpMethod"] = methods,
    };
}
