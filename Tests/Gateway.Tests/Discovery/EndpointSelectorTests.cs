using Gateway.Discovery;
using k8s.Models;

namespace Gateway.Tests.Discovery;

public sealed class EndpointSelectorTests
{
    [Test]
    public void Select_ReadyTrueOrAbsent_IncludesBoth()
    {
        var slice = Slice("a", Endpoint("10.0.0.1", ready: true), Endpoint("10.0.0.2", ready: null));

        var instances = EndpointSelector.Select([slice]);

        Assert.That(instances.Select(i => i.Address), Is.EqualTo(new[] { "10.0.0.1", "10.0.0.2" }));
    }

    [Test]
    public void Select_EndpointWithoutConditions_TreatedAsReady()
    {
        var endpoint = new V1Endpoint { Addresses = ["10.0.0.1"], Conditions = null };

        var instances = EndpointSelector.Select([Slice("a", endpoint)]);

        Assert.That(instances.Select(i => i.Address), Is.EqualTo(new[] { "10.0.0.1" }));
    }

    [Test]
    public void Select_NotReadyEndpoint_Excluded()
    {
        var slice = Slice("a", Endpoint("10.0.0.1", ready: false, serving: false), Endpoint("10.0.0.2", ready: true));

        var instances = EndpointSelector.Select([slice]);

        Assert.That(instances.Select(i => i.Address), Is.EqualTo(new[] { "10.0.0.2" }));
    }

    [Test]
    public void Select_NoneReady_FallsBackToServingTerminating()
    {
        var slice = Slice(
            "a",
            Endpoint("10.0.0.1", ready: false, serving: true, terminating: true),
            Endpoint("10.0.0.2", ready: false, serving: false, terminating: true),
            Endpoint("10.0.0.3", ready: false, serving: true, terminating: false));

        var instances = EndpointSelector.Select([slice]);

        Assert.That(instances.Select(i => i.Address), Is.EqualTo(new[] { "10.0.0.1" }));
    }

    [Test]
    public void Select_SomeReady_IgnoresServingTerminating()
    {
        var slice = Slice("a", Endpoint("10.0.0.1", ready: false, serving: true, terminating: true), Endpoint("10.0.0.2", ready: true));

        var instances = EndpointSelector.Select([slice]);

        Assert.That(instances.Select(i => i.Address), Is.EqualTo(new[] { "10.0.0.2" }));
    }

    [Test]
    public void Select_NothingReadyOrServing_ReturnsEmpty()
    {
        var slice = Slice("a", Endpoint("10.0.0.1", ready: false, serving: false, terminating: true));

        var instances = EndpointSelector.Select([slice]);

        Assert.That(instances, Is.Empty);
    }

    [Test]
    public void Select_SameAddressInTwoSlices_ReturnedOnce()
    {
        var first = Slice("a", Endpoint("10.0.0.1"), Endpoint("10.0.0.2"));
        var second = Slice("b", Endpoint("10.0.0.2"), Endpoint("10.0.0.3"));

        var instances = EndpointSelector.Select([second, first]);

        Assert.That(instances.Select(i => i.Address), Is.EqualTo(new[] { "10.0.0.1", "10.0.0.2", "10.0.0.3" }));
    }

    [Test]
    public void Select_SameAddressWithOtherPortsInAnotherSlice_ReturnedForEachPort()
    {
        var first = Slice("a", Endpoint("10.0.0.1"));
        var second = Slice("b", Endpoint("10.0.0.1"));
        second.Ports = [new Discoveryv1EndpointPort { Name = "http", Port = 9000 }];

        var instances = EndpointSelector.Select([first, second]);

        Assert.That(instances.Select(i => (i.Address, i.SelectPort("http"))), Is.EqualTo(new[] { ("10.0.0.1", (int?)8080), ("10.0.0.1", 9000) }));
    }

    [Test]
    public void Select_SlicesWithDifferentPorts_EachInstanceKeepsItsSlicePorts()
    {
        var first = Slice("a", Endpoint("10.0.0.1"));
        var second = Slice("b", Endpoint("10.0.0.2"));
        second.Ports = [new Discoveryv1EndpointPort { Name = "http", Port = 9000 }];

        var instances = EndpointSelector.Select([first, second]);

        Assert.That(instances.Select(i => i.SelectPort("http")), Is.EqualTo(new int?[] { 8080, 9000 }));
    }

    [Test]
    public void Select_Ports_KeptInOrderWithoutUdpOrUnnumbered()
    {
        var slice = Slice("a", Endpoint("10.0.0.1"));
        slice.Ports =
        [
            new Discoveryv1EndpointPort { Name = "metrics", Port = 9090, Protocol = "TCP" },
            new Discoveryv1EndpointPort { Name = "dns", Port = 53, Protocol = "UDP" },
            new Discoveryv1EndpointPort { Name = "all", Port = null },
            new Discoveryv1EndpointPort { Name = null, Port = 8080 },
        ];

        var ports = EndpointSelector.Select([slice]).Single().Ports;

        Assert.That(ports, Is.EqualTo(new[] { new KeyValuePair<string, int>("metrics", 9090), new KeyValuePair<string, int>("", 8080) }));
    }

    [Test]
    public void Select_EndpointWithSeveralAddresses_UsesTheFirstLikeKubeProxy()
    {
        var endpoint = new V1Endpoint { Addresses = ["10.0.0.1", "10.0.0.9"], Conditions = new V1EndpointConditions { Ready = true } };

        var instances = EndpointSelector.Select([Slice("a", endpoint)]);

        Assert.That(instances.Select(i => i.Address), Is.EqualTo(new[] { "10.0.0.1" }));
    }

    [Test]
    public void Select_NoSlices_ReturnsEmpty()
    {
        var instances = EndpointSelector.Select([]);

        Assert.That(instances, Is.Empty);
    }

    private static V1EndpointSlice Slice(string name, params V1Endpoint[] endpoints) =>
        new()
        {
            AddressType = "IPv4",
            Metadata = new V1ObjectMeta { Name = name },
            Ports = [new Discoveryv1EndpointPort { Name = "http", Port = 8080, Protocol = "TCP" }],
            Endpoints = endpoints,
        };

    private static V1Endpoint Endpoint(string address, bool? ready = true, bool? serving = true, bool? terminating = false) =>
        new()
        {
            Addresses = [address],
            Conditions = new V1EndpointConditions { Ready = ready, Serving = serving, Terminating = terminating },
        };
}
