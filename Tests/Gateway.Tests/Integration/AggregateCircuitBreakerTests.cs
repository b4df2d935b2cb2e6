using System.Net;
using Gateway.Tests.Integration.Support;
using Gateway.Tests.Unit;

namespace Gateway.Tests.Integration;

/// <summary>An aggregate's part goes through its route's circuit breaker, in the circuit direct requests use.</summary>
public sealed class AggregateCircuitBreakerTests
{
    private static readonly TimeSpan BreakDuration = TimeSpan.FromSeconds(30);

    [Test]
    public async Task Get_AggregateWhileAPartsCircuitIsOpen_FailsFastWithoutCallingItsService()
    {
        await using var users = await TestBackend.StartAsync("users");
        await using var posts = await TestBackend.StartAsync("posts");
        using var file = new RouteFile(ProfileFile(users, posts));
        await using var gateway = GatewayFactory.Start(file.Path);
        using var client = gateway.Client();
        await OpenCircuitDirectlyAsync(client);

        using var response = await client.GetAsync("/profile/200");

        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.ServiceUnavailable));
        Assert.That((await response.ProblemAsync()).GetProperty("detail").GetString(), Does.Contain("'user'").And.Contain("circuit"));
        Assert.That(response.Headers.RetryAfter?.Delta?.TotalSeconds, Is.InRange(1, BreakDuration.TotalSeconds));
        Assert.That(users.Requests.Select(r => r.Path), Is.EqualTo(new[] { "/status/500", "/status/500" }));
    }

    [Test]
    public async Task Get_PartFailuresThroughTheAggregate_OpenTheCircuitForDirectRequests()
    {
        await using var users = await TestBackend.StartAsync("users");
        await using var posts = await TestBackend.StartAsync("posts");
        using var file = new RouteFile(ProfileFile(users, posts));
        await using var gateway = GatewayFactory.Start(file.Path);
        using var client = gateway.Client();

        var failures = new[] { (await client.GetAsync("/profile/500")).StatusCode, (await client.GetAsync("/profile/500")).StatusCode };
        using var direct = await client.GetAsync("/u/200");

        Assert.That(failures, Is.All.EqualTo(HttpStatusCode.InternalServerError));
        Assert.That(direct.StatusCode, Is.EqualTo(HttpStatusCode.ServiceUnavailable));
        Assert.That(users.Requests, Has.Count.EqualTo(2));
    }

    [Test]
    public async Task Get_TrialPartCancelledByTheClient_IsNotCountedAndTheNextRequestIsTheTrial()
    {
        await using var users = await TestBackend.StartAsync("users");
        await using var posts = await TestBackend.StartAsync("posts");
        using var file = new RouteFile(ProfileFile(users, posts));
        var clock = new ManualTimeProvider();
        await using var gateway = GatewayFactory.Start(file.Path, time: clock);
        using var client = gateway.Client();
        await OpenCircuitDirectlyAsync(client);
        clock.Advance(BreakDuration);
        using var cancellation = new CancellationTokenSource();

        // The part is the trial: while it is in flight, a direct request is still turned away.
        var aggregate = client.GetAsync("/profile/slow", cancellation.Token);
        var partSent = await Http.EventuallyAsync(() => Task.FromResult(users.Requests.Any(r => r.Path == "/status/slow")));
        using var duringTrial = await client.GetAsync("/u/200");
        await cancellation.CancelAsync();
        var partAbandoned = await Http.EventuallyAsync(() => Task.FromResult(users.Abandoned == 1));

        // The clock stands still: had the cancelled trial counted as a failure, the circuit would stay open.
        var closed = await Http.EventuallyAsync(async () => (await client.GetAsync("/u/200")).StatusCode == HttpStatusCode.OK);
        Assert.That(async () => await aggregate, Throws.InstanceOf<OperationCanceledException>());
        Assert.That((partSent, duringTrial.StatusCode, partAbandoned, closed), Is.EqualTo((true, HttpStatusCode.ServiceUnavailable, true, true)));
    }

    /// <summary>Two failed direct requests open the <c>user</c> route's circuit (the minimum throughput, all failing).</summary>
    private static async Task OpenCircuitDirectlyAsync(HttpClient client)
    {
        for (var i = 0; i < 2; i++)
        {
            using var failed = await client.GetAsync("/u/500");
            Assert.That(failed.StatusCode, Is.EqualTo(HttpStatusCode.InternalServerError));
        }

        using var rejected = await client.GetAsync("/u/200");
        Assert.That(rejected.StatusCode, Is.EqualTo(HttpStatusCode.ServiceUnavailable));
    }

    /// <summary>
    /// <c>/u/{code}</c> reaches the users backend's <c>/status/{code}</c> (and <c>/u/slow</c> its
    /// <c>/slow</c>) through a breaker; <c>/profile/{code}</c> aggregates it with a posts route.
    /// </summary>
    private static object ProfileFile(TestBackend users, TestBackend posts) => Routes.File(
        [
            Routes.ByHost("/u/{code}", "/status/{code}", users).With("Key", "user").With("QoSOptions", new
            {
                MinimumThroughput = 2, FailureRatio = 1.0, BreakDuration = (int)BreakDuration.TotalMilliseconds,
            }),
            Routes.ByHost("/p/{code}", "/posts/{code}", posts).With("Key", "posts"),
        ],
        aggregates: [new { RouteKeys = new[] { "user", "posts" }, UpstreamPathTemplate = "/profile/{code}" }]);
}
