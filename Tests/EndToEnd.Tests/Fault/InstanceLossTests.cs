using EndToEnd.Tests.Infrastructure;

namespace EndToEnd.Tests.Fault;

/// <summary>
/// One of two UserService instances is killed with SIGKILL under continuous reads through the
/// gateway: clients barely notice, stop noticing within two seconds, and the instance gets its
/// share of traffic back once it is started again on the same port.
/// </summary>
[TestFixture]
[Category("Fault")]
public sealed class InstanceLossTests
{
    private const int Loops = 16;
    private const int MaxRequests = 1_000_000;

    // Requests that must complete in each observed window (instance down, instance back); also what
    // makes the 0.1% budget meaningful: at least a few thousand requests in all.
    private const int WindowRequests = 2_000;
    private const string UsersPath = "/api/users/";
    private static readonly TimeSpan HardLimit = TimeSpan.FromSeconds(90);
    private static readonly TimeSpan TrafficWait = TimeSpan.FromSeconds(30);
    private static readonly TimeSpan RecoveryAllowance = TimeSpan.FromSeconds(2);

    private MicroservicesSystem _system = null!;
    private string[] _paths = [];

    [OneTimeSetUp]
    public async Task StartSystem()
    {
        _system = await MicroservicesSystem.StartAsync("instance-loss", userServiceInstances: 2);
        using var direct = new HttpClient { BaseAddress = _system.UserServices[0].BaseAddress };
        var api = new ApiDriver(direct);
        var users = new List<RegisteredUser>();
        for (var i = 0; i < 3; i++)
        {
            users.Add(await api.RegisterAsync());
        }

        _paths = [.. users.Select(u => UsersPath + u.Id)];
    }

    [OneTimeTearDown]
    public async Task StopSystem()
    {
        if (_system is not null)
        {
            await _system.DisposeAsync();
        }
    }

    [TearDown]
    public void AttachLogsOnFailure()
    {
        if (TestOutcome.CurrentTestFailed)
        {
            _system.AttachLogs();
        }
    }

    [Test]
    public async Task KillInstance_UnderLoad_AlmostNoFailuresNoneAfterTwoSecondsAndRestartedInstanceServesAgain()
    {
        var survivor = _system.UserServices[0];
        var victim = _system.UserServices[1];
        using var client = LoadClients.Create(_system.Gateway.BaseAddress, Loops);
        var runner = new LoadRunner(Loops, MaxRequests, HardLimit);
        using var stop = new CancellationTokenSource();
        var load = runner.RunAsync((i, token) => LoadClients.GetExpectingOkAsync(client, _paths[i % _paths.Length], token), stop.Token);

        TimeSpan killedAt;
        int victimServedBeforeKill, survivorServedBeforeKill, servedAfterRestart;
        bool outageObserved, restartObserved;
        try
        {
            victimServedBeforeKill = await RequestLogCounter.WaitForServedAsync(victim, "GET", UsersPath, 0, TrafficWait);
            survivorServedBeforeKill = await RequestLogCounter.WaitForServedAsync(survivor, "GET", UsersPath, 0, TrafficWait);
            killedAt = runner.Elapsed;
            victim.Kill();

            // Down until requests sent after the allowance have run against the survivor alone,
            // so "none failed after 2 s" is about real traffic, not an empty window.
            outageObserved = await runner.WaitForCompletedSentSinceAsync(killedAt + RecoveryAllowance, WindowRequests, TrafficWait);

            var restartMark = victim.LineCount;
            await victim.StartAsync(Programs.ReadyTimeout);
            servedAfterRestart = await RequestLogCounter.WaitForServedAsync(victim, "GET", UsersPath, restartMark, TrafficWait);
            restartObserved = await runner.WaitForCompletedSentSinceAsync(runner.Elapsed, WindowRequests, TrafficWait);
        }
        finally
        {
            await stop.CancelAsync();
        }

        var result = await load;
        await TestContext.Out.WriteLineAsync($"Instance loss: {result.Describe(10)}; killed at {killedAt.TotalSeconds:0.000} s");
        var lateFailures = result.Failures.Where(f => f.SentAt > killedAt + RecoveryAllowance).ToList();
        Assert.Multiple(() =>
        {
            Assert.That(victimServedBeforeKill, Is.GreaterThan(0), "both instances share the load before the kill");
            Assert.That(survivorServedBeforeKill, Is.GreaterThan(0), "both instances share the load before the kill");
            Assert.That(outageObserved, Is.True, $"{WindowRequests} requests sent while the instance was down ran to completion");
            Assert.That(result.Completed, Is.True, "the load stopped when asked, within its hard limit");
            Assert.That(result.Failures.Count, Is.LessThanOrEqualTo(result.Total / 1000), $"at most 0.1% failed: {result.Describe()}");
            Assert.That(lateFailures, Has.Count.Zero,
                $"requests sent later than {RecoveryAllowance.TotalSeconds} s after the kill failed: {result.Describe(lateFailures)}");
            Assert.That(servedAfterRestart, Is.GreaterThan(0), "the restarted instance receives traffic again");
            Assert.That(restartObserved, Is.True, $"{WindowRequests} requests sent after the restart ran to completion");
        });
    }
}
