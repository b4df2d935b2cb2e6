using System.Text.Json.Nodes;
using k8s;
using k8s.Models;

namespace Gateway.Tests.Fakes.KubernetesApi;

/// <summary>Builds EndpointSlices and watch-event lines with KubernetesClient's own models and serializer.</summary>
internal static class FakeSlices
{
    public const string ServiceNameLabel = "kubernetes.io/service-name";

    public static V1EndpointSlice Build(string service, string sliceName, IReadOnlyList<EndpointPortSpec> ports, IEnumerable<EndpointSpec> endpoints) =>
        new()
        {
            ApiVersion = "discovery.k8s.io/v1",
            Kind = "EndpointSlice",
            AddressType = "IPv4",
            Metadata = new V1ObjectMeta
            {
                Name = sliceName,
                Labels = new Dictionary<string, string>
                {
                    [ServiceNameLabel] = service,
                    ["endpointslice.kubernetes.io/managed-by"] = "endpointslice-controller.k8s.io",
                },
            },
            Ports = [.. ports.Select(p => new Discoveryv1EndpointPort { Name = p.Name, Port = p.Port, Protocol = p.Protocol })],
            Endpoints = [.. endpoints.Select(ToEndpoint)],
        };

    public static V1Endpoint ToEndpoint(EndpointSpec spec) =>
        new()
        {
            Addresses = [spec.Address],
            Conditions = new V1EndpointConditions { Ready = spec.Ready, Serving = spec.Serving, Terminating = spec.Terminating },
        };

    public static string? ServiceOf(V1EndpointSlice slice) =>
        slice.Metadata.Labels is { } labels && labels.TryGetValue(ServiceNameLabel, out var service) ? service : null;

    /// <summary>
    /// A watch event line. The object is serialised by KubernetesJson; the envelope is written here
    /// because KubernetesJson writes the event type as "Added" where the API server writes "ADDED".
    /// </summary>
    public static string EventLine(WatchEventType type, V1EndpointSlice slice) => Envelope(type, KubernetesJson.Serialize(slice));

    /// <summary>
    /// The ERROR event the API server sends when a watch's resourceVersion is too old. Written by hand:
    /// KubernetesClient's V1Status converter reads but cannot write.
    /// </summary>
    public static string GoneLine(string? resourceVersion) => Envelope(WatchEventType.Error, GoneStatusJson(resourceVersion));

    /// <summary>The Status object of a 410 Gone (reason Expired).</summary>
    public static string GoneStatusJson(string? resourceVersion)
    {
        var status = new JsonObject
        {
            ["kind"] = "Status",
            ["apiVersion"] = "v1",
            ["metadata"] = new JsonObject(),
            ["status"] = "Failure",
            ["message"] = resourceVersion is null ? "too old resource version" : $"too old resource version: {resourceVersion}",
            ["reason"] = "Expired",
            ["code"] = 410,
        };
        return status.ToJsonString();
    }

    public static string BookmarkLine(string resourceVersion) =>
        EventLine(WatchEventType.Bookmark, new V1EndpointSlice
        {
            ApiVersion = "discovery.k8s.io/v1",
            Kind = "EndpointSlice",
            Metadata = new V1ObjectMeta { ResourceVersion = resourceVersion },
        });

    private static string Envelope(WatchEventType type, string objectJson) =>
        $$"""{"type":"{{type.ToString().ToUpperInvariant()}}","object":{{objectJson}}}""";
}
