using EndToEnd.Tests.Infrastructure;

namespace EndToEnd.Tests;

/// <summary>Clears the previous run's program logs before the first test and stops the shared system after the last.</summary>
[SetUpFixture]
public sealed class EndToEndSetUp
{
    [OneTimeSetUp]
    public void ClearPreviousLogs() => TestRunDirectories.ClearLogs();

    [OneTimeTearDown]
    public async Task StopSharedSystem() => await SharedSystem.StopAsync();
}
