namespace Gateway.Tests.Fakes.KubernetesApi;

/// <summary>A port of a fake EndpointSlice.</summary>
/// <param name="Name">The port name (the Service port's name); null for an unnamed port.</param>
/// <param name="Port">The port number.</param>
/// <param name="Protocol">The protocol, TCP unless said otherwise.</param>
public sealed record EndpointPortSpec(string? Name, int Port, string Protocol = "TCP")
{
    /// <summary>The port a slice gets when none is given: <c>http</c> 8080, like our containers.</summary>
    public static EndpointPortSpec DefaultHttp { get; } = new("http", 8080);
}
