using System.Diagnostics;

namespace Gateway.Tests.Discovery;

/// <summary>Waits for a condition with a deadline, so a broken watch fails a test instead of hanging it.</summary>
internal static class Poll
{
    // Generous: the suites share a 2-core machine with other builds; a healthy watch reacts in milliseconds.
    public static readonly TimeSpan Deadline = TimeSpan.FromSeconds(10);

    public static async Task<bool> UntilAsync(Func<bool> condition, TimeSpan? deadline = null)
    {
        var limit = deadline ?? Deadline;
        var started = Stopwatch.GetTimestamp();
        while (!condition())
        {
            if (Stopwatch.GetElapsedTime(started) > limit)
            {
                return condition();
            }

            await Task.Delay(10);
        }

        return true;
    }
}
