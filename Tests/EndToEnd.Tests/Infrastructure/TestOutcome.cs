using NUnit.Framework.Interfaces;

namespace EndToEnd.Tests.Infrastructure;

internal static class TestOutcome
{
    /// <summary>Whether the current test failed (or errored), so its logs are worth attaching.</summary>
    public static bool CurrentTestFailed =>
        TestContext.CurrentContext.Result.Outcome.Status == TestStatus.Failed;
}
