using EndToEnd.Tests.Infrastructure;

namespace EndToEnd.Tests.Load;

/// <summary>
/// Sustained concurrent reads through the gateway must all succeed. Throughput is printed for the
/// record, never asserted: timings belong to the benchmark scripts.
/// </summary>
[TestFixture]
[Category("Load")]
public sealed class GatewayLoadTests
{
    private const int Requests = 20_000;
    private const int Concurrency = 64;
    private static readonly TimeSpan HardLimit = TimeSpan.FromSeconds(120);

    private SeededSystem _seeded = null!;

    [OneTimeSetUp]
    public async Task StartSystem() => _seeded = await SharedSystem.GetAsync();

    [TearDown]
    public void AttachLogsOnFailure()
    {
        if (TestOutcome.CurrentTestFailed)
        {
            _seeded.System.AttachLogs();
        }
    }

    [Test]
    public async Task GetUser_20000RequestsAt64Concurrent_AllSucceed()
    {
        using var client = LoadClients.Create(_seeded.System.Gateway.BaseAddress, Concurrency);
        var paths = _seeded.Users.Select(u => $"/api/users/{u.Id}").ToArray();
        var runner = new LoadRunner(Concurrency, Requests, HardLimit);

        var result = await runner.RunAsync((i, token) => LoadClients.GetExpectingOkAsync(client, paths[i % paths.Length], token));

        await TestContext.Out.WriteLineAsync($"Load: {result.Describe()} ({result.Total / result.Elapsed.TotalSeconds:0} requests/s)");
        Assert.Multiple(() =>
        {
            Assert.That(result.Completed, Is.True, $"not finished within {HardLimit.TotalSeconds} s: {result.Describe()}");
            Assert.That(result.Failures, Has.Count.Zero, result.Describe());
            Assert.That(result.Succeeded, Is.EqualTo(Requests));
        });
    }
}
