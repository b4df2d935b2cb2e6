namespace Gateway.Tests.Fakes.KubernetesApi;

/// <summary>One endpoint of a fake EndpointSlice, with its conditions as the API server reports them.</summary>
/// <param name="Address">The endpoint's IP address.</param>
/// <param name="Ready">The <c>ready</c> condition; null leaves it out (kube-proxy then treats it as ready).</param>
/// <param name="Serving">The <c>serving</c> condition.</param>
/// <param name="Terminating">The <c>terminating</c> condition.</param>
public sealed record EndpointSpec(string Address, bool? Ready = true, bool? Serving = true, bool? Terminating = false)
{
    /// <summary>A pod shutting down: not ready, terminating, and still serving unless said otherwise.</summary>
    public static EndpointSpec TerminatingAt(string address, bool serving = true) =>
        new(address, Ready: false, Serving: serving, Terminating: true);

    /// <summary>A pod failing its readiness probe.</summary>
    public static EndpointSpec NotReadyAt(string address) =>
        new(address, Ready: false, Serving: false, Terminating: false);
}
