using EndToEnd.Tests.Infrastructure;

namespace EndToEnd.Tests;

/// <summary>Stops the shared system after the last test of the assembly.</summary>
[SetUpFixture]
public sealed class EndToEndSetUp
{
    [OneTimeTearDown]
    public async Task StopSharedSystem() => await SharedSystem.StopAsync();
}
