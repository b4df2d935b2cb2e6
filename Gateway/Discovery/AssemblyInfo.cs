using System.Runtime.CompilerServices;

// The discovery tests construct KubernetesServiceDiscovery directly against a fake API server.
[assembly: InternalsVisibleTo("Gateway.Tests")]
