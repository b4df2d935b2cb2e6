using System.Globalization;
using Microsoft.AspNetCore.Http;

namespace Gateway.Tests.Fakes.KubernetesApi;

/// <summary>The HTTP side of the fake: EndpointSlice list and watch, as the API server answers them.</summary>
internal sealed class FakeKubernetesApiHandlers(FakeEndpointSliceStore store)
{
    private int _listCount;
    private int _watchCount;

    public int ListCount => Volatile.Read(ref _listCount);

    public int WatchCount => Volatile.Read(ref _watchCount);

    public async Task HandleEndpointSlicesAsync(HttpContext context, string ns)
    {
        var query = context.Request.Query;
        if (!LabelSelector.TryParse(query["labelSelector"], out var selector))
        {
            context.Response.StatusCode = StatusCodes.Status400BadRequest;
            return;
        }

        var watch = query["watch"].ToString();
        if (watch is "1" or "true")
        {
            Interlocked.Increment(ref _watchCount);
            await WatchAsync(context, ns, selector).ConfigureAwait(false);
            return;
        }

        Interlocked.Increment(ref _listCount);
        context.Response.ContentType = "application/json";
        await context.Response.WriteAsync(store.List(ns, selector), context.RequestAborted).ConfigureAwait(false);
    }

    /// <summary>Answer a watch from an expired resourceVersion with HTTP 410 instead of an ERROR event.</summary>
    public bool ExpiredWatchAsHttp410 { get; set; }

    private async Task WatchAsync(HttpContext context, string ns, LabelSelector selector)
    {
        var query = context.Request.Query;
        if (ExpiredWatchAsHttp410 && store.IsExpired(query["resourceVersion"]))
        {
            context.Response.StatusCode = StatusCodes.Status410Gone;
            context.Response.ContentType = "application/json";
            await context.Response.WriteAsync(FakeSlices.GoneStatusJson(query["resourceVersion"]), context.RequestAborted).ConfigureAwait(false);
            return;
        }

        var subscriber = store.Subscribe(ns, selector, query["resourceVersion"], context);
        using var timeout = CancellationTokenSource.CreateLinkedTokenSource(context.RequestAborted);
        if (int.TryParse(query["timeoutSeconds"], NumberStyles.None, CultureInfo.InvariantCulture, out var seconds) && seconds > 0)
        {
            timeout.CancelAfter(TimeSpan.FromSeconds(seconds));
        }

        try
        {
            context.Response.ContentType = "application/json";
            await context.Response.StartAsync(timeout.Token).ConfigureAwait(false);
            await foreach (var line in subscriber.Lines.ReadAllAsync(timeout.Token).ConfigureAwait(false))
            {
                await context.Response.WriteAsync(line + "\n", timeout.Token).ConfigureAwait(false);
                await context.Response.Body.FlushAsync(timeout.Token).ConfigureAwait(false);
            }
        }
        catch (OperationCanceledException) when (timeout.IsCancellationRequested)
        {
            // timeoutSeconds elapsed or the client went away: the watch ends like the API server's.
        }
        finally
        {
            store.Unsubscribe(subscriber);
        }
    }
}
