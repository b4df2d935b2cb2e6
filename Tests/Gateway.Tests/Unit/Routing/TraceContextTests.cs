using System.Diagnostics;
using System.Net.Http;
using Gateway.Routing;

namespace Gateway.Tests.Unit.Routing;

public sealed class TraceContextTests
{
    private const string CallerTraceId = "4bf92f3577b34da6a3ce929d0e0e4736";
    private const string CallerParent = $"00-{CallerTraceId}-00f067aa0ba902b7-01";

    [Test]
    public void Inject_WithTheRequestActivity_ReplacesTheCallersParentWithIt()
    {
        using var activity = new Activity("request");
        activity.SetIdFormat(ActivityIdFormat.W3C);
        activity.SetParentId(CallerParent);
        activity.TraceStateString = "vendor=1";
        activity.Start();
        using var request = new HttpRequestMessage(HttpMethod.Get, "http://downstream/a");
        request.Headers.TryAddWithoutValidation("traceparent", CallerParent);

        TraceContext.Inject(request);

        Assert.That(request.Headers.GetValues("traceparent"), Is.EqualTo(new[] { activity.Id }));
        Assert.That(activity.Id, Does.StartWith($"00-{CallerTraceId}-").And.Not.Contain("00f067aa0ba902b7"));
        Assert.That(request.Headers.GetValues("tracestate"), Is.EqualTo(new[] { "vendor=1" }));
    }

    [Test]
    public void Inject_WithoutAnActivity_LeavesTheCallersTraceContext()
    {
        Assert.That(Activity.Current, Is.Null);
        using var request = new HttpRequestMessage(HttpMethod.Get, "http://downstream/a");
        request.Headers.TryAddWithoutValidation("traceparent", CallerParent);

        TraceContext.Inject(request);

        Assert.That(request.Headers.GetValues("traceparent"), Is.EqualTo(new[] { CallerParent }));
    }
}
