using System.Collections.Immutable;
using k8s;
using k8s.Models;

namespace Gateway.Discovery;

/// <summary>
/// The EndpointSlices of one Service as last seen, and the resourceVersion to watch from.
/// Owned by one watch loop, so it is not thread-safe.
/// </summary>
internal sealed class EndpointSliceSet
{
    private readonly Dictionary<string, V1EndpointSlice> _slices = new(StringComparer.Ordinal);

    /// <summary>Where the next watch starts; null means a (re-)list is needed first.</summary>
    public string? ResourceVersion { get; private set; }

    /// <summary>The instances of the last <see cref="Select"/>, kept for logs during outages.</summary>
    public int InstanceCount { get; private set; }

    public void Replace(V1EndpointSliceList list)
    {
        _slices.Clear();
        foreach (var slice in list.Items ?? [])
        {
            if (slice.Metadata?.Name is { } name)
            {
                _slices[name] = slice;
            }
        }

        // "0" (any version) would make the next watch replay every object as ADDED: still correct.
        var version = list.Metadata?.ResourceVersion;
        ResourceVersion = string.IsNullOrEmpty(version) ? "0" : version;
    }

    /// <summary>Applies one watch event; true when the set of slices changed.</summary>
    public bool Apply(WatchEventType type, V1EndpointSlice? slice)
    {
        if (slice?.Metadata?.ResourceVersion is { Length: > 0 } version)
        {
            ResourceVersion = version;
        }

        var name = slice?.Metadata?.Name;
        if (name is null)
        {
            return false;
        }

        switch (type)
        {
            case WatchEventType.Added or WatchEventType.Modified:
                _slices[name] = slice!;
                return true;
            case WatchEventType.Deleted:
                return _slices.Remove(name);
            default:
                // BOOKMARK only moves the resourceVersion forward.
                return false;
        }
    }

    /// <summary>Forgets the resourceVersion (after 410 Gone) but keeps the slices until the re-list.</summary>
    public void Expire() => ResourceVersion = null;

    public ImmutableArray<ServiceInstance> Select()
    {
        var instances = EndpointSelector.Select(_slices.Values);
        InstanceCount = instances.Length;
        return instances;
    }
}
