using System.Collections.Immutable;
using System.Diagnostics;
using System.Net;
using k8s;
using k8s.Autorest;
using k8s.Models;
using Microsoft.Extensions.Logging;

namespace Gateway.Discovery;

/// <summary>
/// The list+watch of one Service's EndpointSlices, like client-go's reflector: list, then watch from
/// the list's resourceVersion; re-watch from the last seen version when the stream ends; re-list on
/// 410 Gone; back off while the API server is unreachable, keeping the last known endpoints.
/// All state is touched by the single loop task only.
/// </summary>
internal sealed class EndpointSliceWatch : IAsyncDisposable
{
    private static readonly TimeSpan MinHealthyWatch = TimeSpan.FromSeconds(1);

    private readonly IKubernetes _client;
    private readonly KubernetesDiscoveryOptions _options;
    private readonly Action<EndpointSliceWatch, ImmutableArray<ServiceInstance>> _publish;
    private readonly ILogger _logger;
    private readonly ReconnectBackoff _backoff;
    private readonly CancellationTokenSource _stop = new();
    private readonly EndpointSliceSet _slices = new();
    private readonly string _labelSelector;
    private int _stopped;
    private Task _loop = Task.CompletedTask;

    public EndpointSliceWatch(
        ServiceKey service,
        IKubernetes client,
        KubernetesDiscoveryOptions options,
        Action<EndpointSliceWatch, ImmutableArray<ServiceInstance>> publish,
        ILogger logger)
    {
        Service = service;
        _client = client;
        _options = options;
        _publish = publish;
        _logger = logger;
        _backoff = new ReconnectBackoff(options.InitialReconnectDelay, options.MaxReconnectDelay);
        _labelSelector = $"kubernetes.io/service-name={service.Name}";
    }

    public ServiceKey Service { get; }

    public void Start() => _loop = Task.Run(() => RunAsync(_stop.Token));

    /// <summary>Stops the loop and waits for it; the loop never faults.</summary>
    public async Task StopAsync()
    {
        if (Interlocked.Exchange(ref _stopped, 1) == 1)
        {
            return;
        }

        await _stop.CancelAsync().ConfigureAwait(false);
        await _loop.ConfigureAwait(false);
        _stop.Dispose();
    }

    public async ValueTask DisposeAsync() => await StopAsync().ConfigureAwait(false);

    private async Task RunAsync(CancellationToken stopping)
    {
        DiscoveryLog.WatchStarted(_logger, Service);
        var relistAfterGone = false;
        while (!stopping.IsCancellationRequested)
        {
            try
            {
                if (_slices.ResourceVersion is null)
                {
                    await ListAsync(stopping).ConfigureAwait(false);
                    LogRelist(ref relistAfterGone);
                }

                relistAfterGone = await WatchAsync(stopping).ConfigureAwait(false);
            }
            catch (OperationCanceledException) when (stopping.IsCancellationRequested)
            {
                break;
            }
            catch (HttpOperationException e) when (e.Response?.StatusCode == HttpStatusCode.Gone)
            {
                relistAfterGone = true;
                _slices.Expire();
            }
            catch (Exception e)
            {
                var delay = _backoff.Next();
                DiscoveryLog.ApiServerUnreachable(_logger, Service, _slices.InstanceCount, (long)delay.TotalMilliseconds, e);
                await DelayAsync(delay, stopping).ConfigureAwait(false);
            }
        }

        DiscoveryLog.WatchStopped(_logger, Service);
    }

    private void LogRelist(ref bool relistAfterGone)
    {
        if (relistAfterGone)
        {
            DiscoveryLog.ReListedAfterGone(_logger, Service);
            relistAfterGone = false;
        }
    }

    private async Task ListAsync(CancellationToken stopping)
    {
        var list = await _client.DiscoveryV1
            .ListNamespacedEndpointSliceAsync(Service.Namespace, labelSelector: _labelSelector, cancellationToken: stopping)
            .ConfigureAwait(false);

        _slices.Replace(list);
        _backoff.Reset();
        Publish();
    }

    /// <summary>One watch connection. Returns true when it ended with 410 Gone (the caller re-lists).</summary>
    private async Task<bool> WatchAsync(CancellationToken stopping)
    {
        using var watchCancel = CancellationTokenSource.CreateLinkedTokenSource(stopping);
        KubernetesException? statusError = null;
        var started = Stopwatch.GetTimestamp();
        var events = 0;

        void OnError(Exception error)
        {
            if (error is KubernetesException { Status: not null } status)
            {
                // An ERROR event ends the watch's usefulness; the API server closes it right after anyway.
                statusError = status;
                watchCancel.Cancel();
                return;
            }

            DiscoveryLog.UnreadableEvent(_logger, Service, error);
        }

        try
        {
            var stream = _client.DiscoveryV1.WatchListNamespacedEndpointSliceAsync(
                Service.Namespace,
                allowWatchBookmarks: true,
                labelSelector: _labelSelector,
                resourceVersion: _slices.ResourceVersion,
                timeoutSeconds: (int)_options.WatchTimeout.TotalSeconds,
                onError: OnError,
                cancellationToken: watchCancel.Token);

            await foreach (var (type, slice) in stream.ConfigureAwait(false))
            {
                events++;
                Apply(type, slice);
            }
        }
        catch (OperationCanceledException) when (statusError is not null && !stopping.IsCancellationRequested)
        {
            // Cancelled by OnError: handled below.
        }

        return await EndWatchAsync(statusError, events, Stopwatch.GetElapsedTime(started), stopping).ConfigureAwait(false);
    }

    private async Task<bool> EndWatchAsync(KubernetesException? statusError, int events, TimeSpan lasted, CancellationToken stopping)
    {
        if (statusError?.Status.Code == (int)HttpStatusCode.Gone)
        {
            _slices.Expire();
            return true;
        }

        if (statusError is not null)
        {
            DiscoveryLog.WatchError(_logger, Service, statusError.Status.Code, statusError.Status.Reason);
        }

        // A watch that ends at once without news (an error status, a proxy closing it) must not spin.
        if (statusError is not null || (events == 0 && lasted < MinHealthyWatch))
        {
            await DelayAsync(_backoff.Next(), stopping).ConfigureAwait(false);
        }

        return false;
    }

    private void Apply(WatchEventType type, V1EndpointSlice? slice)
    {
        _backoff.Reset();
        if (_slices.Apply(type, slice))
        {
            Publish();
        }
    }

    private void Publish()
    {
        _publish(this, _slices.Select());
    }

    private static async Task DelayAsync(TimeSpan delay, CancellationToken stopping)
    {
        try
        {
            await Task.Delay(delay, stopping).ConfigureAwait(false);
        }
        catch (OperationCanceledException)
        {
            // Stopping: the loop condition ends the loop.
        }
    }
}
