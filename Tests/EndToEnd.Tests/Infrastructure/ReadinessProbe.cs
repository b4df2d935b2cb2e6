namespace EndToEnd.Tests.Infrastructure;

/// <summary>Polls <c>/health/ready</c> until it answers 200, the process dies or the deadline passes.</summary>
internal static class ReadinessProbe
{
    private static readonly TimeSpan PollInterval = TimeSpan.FromMilliseconds(150);
    private static readonly TimeSpan AttemptTimeout = TimeSpan.FromSeconds(3);

    public static async Task WaitUntilReadyAsync(ProgramProcess program, TimeSpan timeout)
    {
        using var client = new HttpClient { BaseAddress = program.BaseAddress, Timeout = AttemptTimeout };
        using var deadline = new CancellationTokenSource(timeout);
        var lastFailure = "no answer yet";
        while (!deadline.IsCancellationRequested)
        {
            if (program.ExitCode is { } exitCode)
            {
                throw new InvalidOperationException(
                    $"{program.Describe()} exited with code {exitCode} before it was ready.{Environment.NewLine}{program.Tail(40)}");
            }

            try
            {
                using var response = await client.GetAsync(new Uri("/health/ready", UriKind.Relative), deadline.Token);
                if (response.IsSuccessStatusCode)
                {
                    return;
                }

                lastFailure = $"status {(int)response.StatusCode}";
            }
            catch (Exception e) when (e is HttpRequestException or TaskCanceledException)
            {
                lastFailure = e.GetType().Name + ": " + e.Message;
            }

            await Task.Delay(PollInterval, CancellationToken.None);
        }

        throw new TimeoutException(
            $"{program.Describe()} was not ready within {timeout.TotalSeconds} s ({lastFailure}).{Environment.NewLine}{program.Tail(40)}");
    }
}
