using Gateway.Tests.Integration.Support;

namespace Gateway.Tests.Integration;

public sealed class CorrelationTests
{
    [Test]
    public async Task Get_WithoutCorrelationId_GeneratesEchoesAndForwardsOne()
    {
        await using var backend = await TestBackend.StartAsync("corr");
        using var file = new RouteFile(Routes.File([Routes.ByHost("/{everything}", "/{everything}", backend)]));
        await using var gateway = GatewayFactory.Start(file.Path);
        using var client = gateway.Client();

        using var response = await client.GetAsync("/a");
        var echo = await response.EchoAsync();

        var echoed = response.Headers.GetValues("X-Correlation-Id").ToArray();
        Assert.That(echoed, Has.Length.EqualTo(1));
        Assert.That(echoed[0], Is.Not.Empty);
        Assert.That(echo.Headers["X-Correlation-Id"], Is.EqualTo(echoed[0]));
    }

    [Test]
    public async Task Get_WithCorrelationId_ForwardsAndEchoesItOnce()
    {
        await using var backend = await TestBackend.StartAsync("corr");
        using var file = new RouteFile(Routes.File([Routes.ByHost("/{everything}", "/{everything}", backend)]));
        await using var gateway = GatewayFactory.Start(file.Path);
        using var client = gateway.Client();
        client.DefaultRequestHeaders.Add("X-Correlation-Id", "abc-123");

        using var response = await client.GetAsync("/a");
        var echo = await response.EchoAsync();

        Assert.That(response.Headers.GetValues("X-Correlation-Id"), Is.EqualTo(new[] { "abc-123" }));
        Assert.That(echo.Headers["X-Correlation-Id"], Is.EqualTo("abc-123"));
    }

    [Test]
    public async Task Get_CustomRequestIdKey_GeneratesEchoesAndForwardsUnderThatHeader()
    {
        await using var backend = await TestBackend.StartAsync("corr");
        using var file = new RouteFile(Routes.File([Routes.ByHost("/{everything}", "/{everything}", backend)],
            new { RequestIdKey = "X-Request-Id", ServiceDiscoveryProvider = new { Type = "Static" } }));
        await using var gateway = GatewayFactory.Start(file.Path);
        using var client = gateway.Client();

        // No id sent: only the gateway can put one under the custom header.
        using var response = await client.GetAsync("/a");
        var echo = await response.EchoAsync();

        var echoed = response.Headers.GetValues("X-Request-Id").ToArray();
        Assert.That(echoed, Has.Length.EqualTo(1));
        Assert.That(echoed[0], Is.Not.Empty);
        Assert.That(echo.Headers["X-Request-Id"], Is.EqualTo(echoed[0]));
        Assert.That(response.Headers.Contains("X-Correlation-Id"), Is.False);
        Assert.That(echo.Headers, Does.Not.ContainKey("X-Correlation-Id"));
    }

    [Test]
    public async Task Get_WithTraceparent_PropagatesTheTraceDownstream()
    {
        await using var backend = await TestBackend.StartAsync("trace");
        using var file = new RouteFile(Routes.File([Routes.ByHost("/{everything}", "/{everything}", backend)]));
        await using var gateway = GatewayFactory.Start(file.Path);
        using var client = gateway.Client();
        const string traceId = "4bf92f3577b34da6a3ce929d0e0e4736";
        client.DefaultRequestHeaders.Add("traceparent", $"00-{traceId}-00f067aa0ba902b7-01");

        var echo = await (await client.GetAsync("/a")).EchoAsync();

        Assert.That(echo.Headers["traceparent"], Does.StartWith($"00-{traceId}-"));
        Assert.That(echo.Headers["traceparent"], Does.Not.Contain("00f067aa0ba902b7"));
    }

    [Test]
    public async Task Get_NoRoute_ProblemCarriesTheCorrelationId()
    {
        await using var backend = await TestBackend.StartAsync("corr");
        using var file = new RouteFile(Routes.File([Routes.ByHost("/api/{everything}", "/{everything}", backend)]));
        await using var gateway = GatewayFactory.Start(file.Path);
        using var client = gateway.Client();
        client.DefaultRequestHeaders.Add("X-Correlation-Id", "trace-me");

        using var response = await client.GetAsync("/missing");

        Assert.That((await response.ProblemAsync()).GetProperty("traceId").GetString(), Is.EqualTo("trace-me"));
        Assert.That(response.Headers.GetValues("X-Correlation-Id"), Is.EqualTo(new[] { "trace-me" }));
    }

    [TestCase("order/42+retry")]
    [TestCase("has space")]
    [TestCase("<script>")]
    public async Task Get_IdTheServicesWouldRefuse_ReplacedByAGeneratedOne(string sent)
    {
        await using var backend = await TestBackend.StartAsync("corr");
        using var file = new RouteFile(Routes.File([Routes.ByHost("/{everything}", "/{everything}", backend)]));
        await using var gateway = GatewayFactory.Start(file.Path);
        using var client = gateway.Client();
        using var request = new HttpRequestMessage(HttpMethod.Get, "/a");
        request.Headers.TryAddWithoutValidation("X-Correlation-Id", sent);

        using var response = await client.SendAsync(request);
        var echo = await response.EchoAsync();

        var id = response.Headers.GetValues("X-Correlation-Id").Single();
        Assert.That(id, Is.Not.EqualTo(sent).And.Match("^[0-9a-f]{32}$"));
        Assert.That(echo.Headers["X-Correlation-Id"], Is.EqualTo(id));
    }

    [Test]
    public async Task Get_RouteWithItsOwnRequestIdKey_KeepsTheClientsIdUnderThatHeader()
    {
        await using var backend = await TestBackend.StartAsync("corr");
        using var file = new RouteFile(Routes.File([Routes.ByHost("/{everything}", "/{everything}", backend).With("RequestIdKey", "X-Request-Id")]));
        await using var gateway = GatewayFactory.Start(file.Path);
        using var client = gateway.Client();
        client.DefaultRequestHeaders.Add("X-Request-Id", "client-req-1");

        using var response = await client.GetAsync("/a");
        var echo = await response.EchoAsync();

        Assert.That(response.Headers.GetValues("X-Request-Id"), Is.EqualTo(new[] { "client-req-1" }));
        Assert.That(echo.Headers["X-Request-Id"], Is.EqualTo("client-req-1"));
    }
}
