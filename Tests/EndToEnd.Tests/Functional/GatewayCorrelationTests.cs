using EndToEnd.Tests.Infrastructure;

namespace EndToEnd.Tests.Functional;

/// <summary>The correlation id ties one client request to the log lines of every program it touched.</summary>
[TestFixture]
public sealed class GatewayCorrelationTests
{
    private const string Header = "X-Correlation-Id";
    private static readonly TimeSpan LogWait = TimeSpan.FromSeconds(5);

    private SeededSystem _seeded = null!;
    private HttpClient _client = null!;

    [OneTimeSetUp]
    public async Task StartSystem()
    {
        _seeded = await SharedSystem.GetAsync();
        _client = _seeded.System.CreateGatewayClient();
    }

    [OneTimeTearDown]
    public void DisposeClient() => _client.Dispose();

    [TearDown]
    public void AttachLogsOnFailure()
    {
        if (TestOutcome.CurrentTestFailed)
        {
            _seeded.System.AttachLogs();
        }
    }

    [Test]
    public async Task Get_WithCorrelationId_EchoesItAndTheServiceLogsIt()
    {
        var id = "e2e-" + Guid.NewGuid().ToString("N");
        using var request = new HttpRequestMessage(HttpMethod.Get, new Uri($"/api/users/{_seeded.Users[0].Id}", UriKind.Relative));
        request.Headers.Add(Header, id);

        using var response = await _client.SendAsync(request);

        Assert.That(response.Headers.GetValues(Header), Is.EqualTo(new[] { id }));
        Assert.That(await LogContainsAsync(_seeded.System.UserServices[0], id), Is.True,
            "the UserService's request log line carries the id the client sent through the gateway");
    }

    [Test]
    public async Task Get_WithoutCorrelationId_GeneratesOneAndPassesItDownstream()
    {
        using var response = await _client.GetAsync(new Uri($"/api/users/{_seeded.Users[1].Id}", UriKind.Relative));

        Assert.That(response.Headers.TryGetValues(Header, out var values), Is.True, "a generated id is echoed");
        var id = values!.Single();
        Assert.That(id, Is.Not.Empty);
        Assert.That(await LogContainsAsync(_seeded.System.UserServices[0], id), Is.True,
            "the service logs the id the gateway generated, not one of its own");
    }

    // Log lines are written asynchronously by NLog, so give them a moment to arrive.
    private static async Task<bool> LogContainsAsync(ProgramProcess program, string text)
    {
        var deadline = DateTime.UtcNow + LogWait;
        while (DateTime.UtcNow < deadline)
        {
            if (program.LinesSince(0).Any(line => line.Contains(text, StringComparison.Ordinal)))
            {
                return true;
            }

            await Task.Delay(100);
        }

        return false;
    }
}
