using k8s;
using k8s.Models;
using Microsoft.AspNetCore.Http;

namespace Gateway.Tests.Fakes.KubernetesApi;

/// <summary>
/// The API server's state: EndpointSlices, a resourceVersion counter and the event history watches
/// replay from. Events are serialised when they happen, so a replay shows the object as it was then.
/// </summary>
internal sealed class FakeEndpointSliceStore
{
    private readonly Lock _gate = new();
    private readonly Dictionary<(string Namespace, string Name), V1EndpointSlice> _slices = [];
    private readonly List<StoredEvent> _history = [];
    private readonly List<FakeWatchSubscriber> _subscribers = [];
    private long _resourceVersion = 1000;
    private long _oldestWatchable;

    public int OpenWatchCount
    {
        get { lock (_gate) { return _subscribers.Count; } }
    }

    public int OpenWatchCountFor(string ns, string service)
    {
        lock (_gate)
        {
            return _subscribers.Count(s => s.Namespace == ns && s.Selector.ValueOf(FakeSlices.ServiceNameLabel) == service);
        }
    }

    public string List(string ns, LabelSelector selector)
    {
        lock (_gate)
        {
            var list = new V1EndpointSliceList
            {
                ApiVersion = "discovery.k8s.io/v1",
                Kind = "EndpointSliceList",
                Metadata = new V1ListMeta { ResourceVersion = Version() },
                Items = [.. Matching(ns, selector).OrderBy(s => s.Metadata.Name, StringComparer.Ordinal)],
            };
            return KubernetesJson.Serialize(list);
        }
    }

    /// <summary>True when a watch from <paramref name="fromVersion"/> cannot be served: its history is gone.</summary>
    public bool IsExpired(string? fromVersion)
    {
        lock (_gate)
        {
            return !string.IsNullOrEmpty(fromVersion) && fromVersion != "0"
                && (!long.TryParse(fromVersion, out var from) || from < _oldestWatchable);
        }
    }

    /// <summary>Registers a watch and queues what it must replay, atomically so no event is missed.</summary>
    public FakeWatchSubscriber Subscribe(string ns, LabelSelector selector, string? fromVersion, HttpContext context)
    {
        var subscriber = new FakeWatchSubscriber(ns, selector, context);
        lock (_gate)
        {
            if (string.IsNullOrEmpty(fromVersion) || fromVersion == "0")
            {
                foreach (var slice in Matching(ns, selector))
                {
                    subscriber.Send(FakeSlices.EventLine(WatchEventType.Added, slice));
                }
            }
            else if (!long.TryParse(fromVersion, out var from) || from < _oldestWatchable)
            {
                subscriber.Send(FakeSlices.GoneLine(fromVersion));
                subscriber.Close();
                return subscriber;
            }
            else
            {
                foreach (var stored in _history.Where(e => e.Version > from && e.Namespace == ns && selector.Matches(e.Labels)))
                {
                    subscriber.Send(stored.Line);
                }
            }

            _subscribers.Add(subscriber);
        }

        return subscriber;
    }

    public void Unsubscribe(FakeWatchSubscriber subscriber)
    {
        lock (_gate)
        {
            _subscribers.Remove(subscriber);
        }
    }

    /// <summary>Applies a change to the slices of <paramref name="ns"/> under the store's lock and emits its event.</summary>
    public void Upsert(string ns, V1EndpointSlice slice)
    {
        lock (_gate)
        {
            var key = (ns, slice.Metadata.Name);
            var type = _slices.ContainsKey(key) ? WatchEventType.Modified : WatchEventType.Added;
            slice.Metadata.NamespaceProperty = ns;
            slice.Metadata.ResourceVersion = NextVersion();
            _slices[key] = slice;
            Emit(ns, type, slice);
        }
    }

    /// <summary>Changes the slices of a service with <paramref name="change"/>; each slice it reports changed is emitted as MODIFIED.</summary>
    public void Modify(string ns, string service, Func<V1EndpointSlice, bool> change)
    {
        lock (_gate)
        {
            foreach (var slice in _slices.Where(s => s.Key.Namespace == ns).Select(s => s.Value).ToList())
            {
                if (FakeSlices.ServiceOf(slice) == service && change(slice))
                {
                    slice.Metadata.ResourceVersion = NextVersion();
                    Emit(ns, WatchEventType.Modified, slice);
                }
            }
        }
    }

    public bool Delete(string ns, string sliceName)
    {
        lock (_gate)
        {
            if (!_slices.Remove((ns, sliceName), out var slice))
            {
                return false;
            }

            slice.Metadata.ResourceVersion = NextVersion();
            Emit(ns, WatchEventType.Deleted, slice);
            return true;
        }
    }

    /// <summary>Expires every open watch with 410 Gone and forgets the history, so only a re-list helps.</summary>
    public void SendGone()
    {
        lock (_gate)
        {
            CompactHistoryLocked();
            foreach (var subscriber in _subscribers)
            {
                subscriber.Send(FakeSlices.GoneLine(null));
                subscriber.Close();
            }
        }
    }

    /// <summary>Forgets the history: a later watch from an older resourceVersion gets 410 Gone.</summary>
    public void CompactHistory()
    {
        lock (_gate)
        {
            CompactHistoryLocked();
        }
    }

    public void SendBookmark()
    {
        lock (_gate)
        {
            var line = FakeSlices.BookmarkLine(Version());
            _subscribers.ForEach(s => s.Send(line));
        }
    }

    /// <summary>Cuts every open watch connection.</summary>
    public void AbortWatches()
    {
        lock (_gate)
        {
            _subscribers.ForEach(s => s.Abort());
            _subscribers.Clear();
        }
    }

    private IEnumerable<V1EndpointSlice> Matching(string ns, LabelSelector selector) =>
        _slices.Where(s => s.Key.Namespace == ns && selector.Matches(s.Value.Metadata.Labels)).Select(s => s.Value);

    private void Emit(string ns, WatchEventType type, V1EndpointSlice slice)
    {
        var stored = new StoredEvent(_resourceVersion, ns, new Dictionary<string, string>(slice.Metadata.Labels), FakeSlices.EventLine(type, slice));
        _history.Add(stored);
        foreach (var subscriber in _subscribers.Where(s => s.Namespace == ns && s.Selector.Matches(stored.Labels)))
        {
            subscriber.Send(stored.Line);
        }
    }

    private void CompactHistoryLocked()
    {
        _history.Clear();
        _oldestWatchable = _resourceVersion;
    }

    private string Version() => _resourceVersion.ToString(System.Globalization.CultureInfo.InvariantCulture);

    private string NextVersion()
    {
        _resourceVersion++;
        return Version();
    }

    private sealed record StoredEvent(long Version, string Namespace, Dictionary<string, string> Labels, string Line);
}
