using Deployment.Tests.Support;
using k8s.Models;

namespace Deployment.Tests.Kubernetes;

/// <summary>Traffic is denied unless a policy allows exactly the path the system uses.</summary>
[TestFixture]
public sealed class NetworkPolicyTests
{
    private RenderedManifests _manifests = null!;

    [OneTimeSetUp]
    public async Task RenderAsync() => _manifests = await RenderedManifests.LoadAsync();

    private IReadOnlyList<V1NetworkPolicy> Policies => [.. _manifests.OfType<V1NetworkPolicy>()];

    [Test]
    public void DefaultDeny_SelectsEveryPod_ForIngressAndEgress()
    {
        var denyAll = Policies.Where(p => IsEmpty(p.Spec.PodSelector) && p.Spec.Ingress is null or { Count: 0 }
            && p.Spec.PolicyTypes.Contains("Ingress"));

        Assert.That(denyAll, Is.Not.Empty, "a policy selecting all pods with no ingress rule");
        Assert.That(denyAll.Any(p => p.Spec.PolicyTypes.Contains("Egress") && p.Spec.Egress is null or { Count: 0 }), Is.True);
    }

    [Test]
    public void Dns_EveryPod_MayQueryKubeDns()
    {
        var dns = Policies.Where(p => IsEmpty(p.Spec.PodSelector))
            .SelectMany(p => p.Spec.Egress ?? [])
            .SelectMany(rule => rule.Ports ?? [])
            .Select(port => (port.Protocol, port.Port.Value));

        Assert.That(dns, Is.SupersetOf(new[] { ("UDP", "53"), ("TCP", "53") }));
    }

    [TestCase("userservice", new[] { "gateway", "postservice" }, 8080)]
    [TestCase("postservice", new[] { "gateway" }, 8080)]
    [TestCase("sqlserver", new[] { "userservice", "postservice", "sqlserver-provision" }, 1433)]
    public void Ingress_Workload_OnlyFromItsClientsOnItsPort(string target, string[] clients, int port)
    {
        var rules = Selecting(target).SelectMany(p => p.Spec.Ingress ?? []).ToList();

        Assert.That(rules, Is.Not.Empty, $"no ingress rule for {target}");
        Assert.That(rules.SelectMany(r => r.FromProperty ?? []).Select(Peer), Is.EquivalentTo(clients));
        Assert.That(rules.SelectMany(r => r.Ports).Select(p => p.Port.Value).Distinct(), Is.EqualTo(new[] { port.ToString(System.Globalization.CultureInfo.InvariantCulture) }));
    }

    [Test]
    public void Ingress_Gateway_OpenOnlyOnItsHttpPort()
    {
        var rules = Selecting("gateway").SelectMany(p => p.Spec.Ingress ?? []).ToList();

        Assert.That(rules.SelectMany(r => r.Ports).Select(p => p.Port.Value), Is.EqualTo(new[] { "8080" }));
    }

    [Test]
    public void Egress_Gateway_ReachesTheServicesAndTheApiServerOnly()
    {
        var rules = Selecting("gateway").SelectMany(p => p.Spec.Egress ?? []).ToList();
        var peers = rules.SelectMany(r => r.To ?? []).Where(t => t.PodSelector is not null).Select(Peer);
        var apiPorts = rules.Where(r => r.To?.Any(t => t.IpBlock is not null) == true).SelectMany(r => r.Ports).Select(p => p.Port.Value);

        Assert.That(peers, Is.EquivalentTo(new[] { "userservice", "postservice" }));
        Assert.That(apiPorts, Is.EquivalentTo(new[] { "443", "6443" }));
    }

    [TestCase("userservice", new[] { "sqlserver" })]
    [TestCase("postservice", new[] { "sqlserver", "userservice" })]
    [TestCase("sqlserver-provision", new[] { "sqlserver" })]
    public void Egress_Service_ReachesOnlyItsDependencies(string source, string[] dependencies)
    {
        var peers = Selecting(source).SelectMany(p => p.Spec.Egress ?? []).SelectMany(r => r.To ?? []);

        Assert.That(peers.Select(Peer), Is.EquivalentTo(dependencies));
    }

    [Test]
    public void Ingress_ProvisionJob_AcceptsNothing()
    {
        var policies = Selecting("sqlserver-provision").ToList();

        Assert.That(policies.Where(p => p.Spec.PolicyTypes.Contains("Ingress")), Is.Not.Empty, "a policy selecting the Job's pod");
        Assert.That(policies.SelectMany(p => p.Spec.Ingress ?? []), Is.Empty);
    }

    [Test]
    public void EveryWorkload_IsSelectedByAPolicyOfItsOwn()
    {
        // default-deny alone would silently cut a new workload off; a named policy says what it may reach.
        var unselected = _manifests.Workloads
            .Where(w => !Policies.Any(p => AppName(p.Spec.PodSelector) is { } name && w.Template.Metadata.Labels.TryGetValue("app.kubernetes.io/name", out var label) && label == name))
            .Select(w => w.ToString());

        Assert.That(unselected, Is.Empty);
    }

    private IEnumerable<V1NetworkPolicy> Selecting(string name) =>
        Policies.Where(p => AppName(p.Spec.PodSelector) == name);

    private static string Peer(V1NetworkPolicyPeer peer) =>
        AppName(peer.PodSelector)
        ?? peer.IpBlock?.Cidr
        ?? "(namespace selector)";

    private static string? AppName(V1LabelSelector? selector) =>
        selector?.MatchLabels is { } labels && labels.TryGetValue("app.kubernetes.io/name", out var name) ? name : null;

    private static bool IsEmpty(V1LabelSelector selector) =>
        (selector.MatchLabels?.Count ?? 0) == 0 && (selector.MatchExpressions?.Count ?? 0) == 0;
}
