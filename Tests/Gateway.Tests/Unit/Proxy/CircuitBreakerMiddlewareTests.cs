using Gateway.Proxy;
using Gateway.Routing;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Logging.Abstractions;

namespace Gateway.Tests.Unit.Proxy;

public sealed class CircuitBreakerMiddlewareTests
{
    private static readonly TimeSpan BreakDuration = TimeSpan.FromSeconds(30);

    [Test]
    public void InvokeAsync_TrialThrowsAfterTheClientLeft_NextRequestIsATrialAgain()
    {
        var breaker = HalfOpenBreaker();
        using var aborted = new CancellationTokenSource();
        var context = Context(breaker, aborted.Token);
        var middleware = new CircuitBreakerMiddleware(_ =>
        {
            aborted.Cancel();
            throw new IOException("client reset while the response was written");
        }, NullLogger<CircuitBreakerMiddleware>.Instance);

        Assert.ThrowsAsync<IOException>(() => middleware.InvokeAsync(context));

        Assert.That(breaker.TryEnter(out _, out var isTrial), Is.True);
        Assert.That(isTrial, Is.True);
    }

    [Test]
    public async Task InvokeAsync_TrialCancelledByTheClient_LeavesTheCircuitHalfOpen()
    {
        var breaker = HalfOpenBreaker();
        using var aborted = new CancellationTokenSource();
        var context = Context(breaker, aborted.Token);
        var middleware = new CircuitBreakerMiddleware(_ =>
        {
            aborted.Cancel();
            return Task.CompletedTask;
        }, NullLogger<CircuitBreakerMiddleware>.Instance);

        await middleware.InvokeAsync(context);

        var nextTrial = breaker.TryEnter(out _, out var isTrial);
        var concurrent = breaker.TryEnter(out _);
        Assert.That((nextTrial, isTrial, concurrent), Is.EqualTo((true, true, false)), "a cancelled trial neither closes nor reopens the circuit");
    }

    [Test]
    public void InvokeAsync_TrialThrowsWhileTheClientIsStillThere_ReopensTheCircuit()
    {
        var breaker = HalfOpenBreaker();
        var context = Context(breaker, CancellationToken.None);
        var middleware = new CircuitBreakerMiddleware(_ => throw new InvalidOperationException("proxy failed"), NullLogger<CircuitBreakerMiddleware>.Instance);

        Assert.ThrowsAsync<InvalidOperationException>(() => middleware.InvokeAsync(context));

        Assert.That(breaker.TryEnter(out var retryAfter), Is.False);
        Assert.That(retryAfter, Is.EqualTo(BreakDuration), "reopened for a full break, not waiting on a stuck trial");
    }

    [Test]
    public async Task InvokeAsync_TrialSucceeds_ClosesTheCircuit()
    {
        var breaker = HalfOpenBreaker();
        var context = Context(breaker, CancellationToken.None);
        var middleware = new CircuitBreakerMiddleware(_ => Task.CompletedTask, NullLogger<CircuitBreakerMiddleware>.Instance);

        await middleware.InvokeAsync(context);

        Assert.That((breaker.TryEnter(out _, out var isTrial), isTrial), Is.EqualTo((true, false)));
    }

    /// <summary>A breaker that opened on one failure and whose break has just ended: the next request is the trial.</summary>
    private static CircuitBreaker HalfOpenBreaker()
    {
        var time = new ManualTimeProvider();
        var breaker = new CircuitBreaker(1, 0.5, TimeSpan.FromSeconds(10), BreakDuration, time);
        breaker.Record(failed: true);
        time.Advance(BreakDuration);
        return breaker;
    }

    private static DefaultHttpContext Context(CircuitBreaker breaker, CancellationToken aborted)
    {
        var route = new GatewayRoute
        {
            Id = "route0",
            Path = "Routes[0]",
            Upstream = UpstreamTemplate.Compile("/a", caseSensitive: false),
            Methods = [],
            Priority = 1,
            RequestIdKey = "X-Correlation-Id",
            CircuitBreaker = breaker,
        };
        var context = new DefaultHttpContext { RequestAborted = aborted };
        context.SetEndpoint(new Endpoint(null, new EndpointMetadataCollection(route), "route0"));
        return context;
    }
}
