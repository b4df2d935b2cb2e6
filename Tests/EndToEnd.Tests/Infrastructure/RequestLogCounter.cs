namespace EndToEnd.Tests.Infrastructure;

/// <summary>
/// Counts the requests an instance served from its own request log (one line per request, written
/// by ServiceDefaults), so per-instance traffic is observed without test-only code in the services.
/// </summary>
internal static class RequestLogCounter
{
    private static readonly TimeSpan FlushWait = TimeSpan.FromMilliseconds(500);

    /// <summary>Lines like <c>HTTP GET /api/users/... responded 200</c> written since line <paramref name="since"/>.</summary>
    public static int Served(ProgramProcess program, string method, string pathPrefix, int since = 0)
    {
        var marker = $"HTTP {method} {pathPrefix}";
        return program.LinesSince(since).Count(line => line.Contains(marker, StringComparison.Ordinal));
    }

    /// <summary>Waits (bounded) until the instance logged at least one such request since <paramref name="since"/>.</summary>
    public static async Task<int> WaitForServedAsync(ProgramProcess program, string method, string pathPrefix, int since, TimeSpan timeout)
    {
        var deadline = DateTime.UtcNow + timeout;
        int served;
        while ((served = Served(program, method, pathPrefix, since)) == 0 && DateTime.UtcNow < deadline)
        {
            await Task.Delay(FlushWait);
        }

        return served;
    }
}
