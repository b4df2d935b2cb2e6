using System.Collections.Concurrent;
using System.Diagnostics;

namespace EndToEnd.Tests.Infrastructure;

/// <summary>
/// Runs a request function from a fixed number of concurrent loops until a request budget is spent,
/// a stop is asked for, or a hard time limit passes, whichever comes first. Every failure is kept
/// with the time its request was sent, so fault tests can ask "no request sent later than the kill
/// + 2 s failed": a request sent before the kill that times out later is not a late failure.
/// </summary>
internal sealed class LoadRunner(int concurrency, int maxRequests, TimeSpan hardLimit)
{
    // Completed requests are counted by when they were sent, in slots this wide, so a test can wait
    // for traffic sent after some moment to have run its course (CompletedSentSince).
    private static readonly TimeSpan Slot = TimeSpan.FromMilliseconds(100);
    private static readonly TimeSpan PollInterval = TimeSpan.FromMilliseconds(100);

    private readonly Stopwatch _clock = new();
    private readonly ConcurrentQueue<LoadFailure> _failures = new();
    private readonly int[] _completedBySlot = new int[(int)(hardLimit / Slot) + 2];
    private int _issued;
    private int _succeeded;

    /// <summary>Time since the run started, on the clock failures are stamped with.</summary>
    public TimeSpan Elapsed => _clock.Elapsed;

    public int Succeeded => Volatile.Read(ref _succeeded);

    /// <summary>
    /// Runs <paramref name="send"/> (which returns null on success, else the failure reason) until
    /// the budget or <paramref name="stop"/> ends the run.
    /// </summary>
    public async Task<LoadResult> RunAsync(Func<int, CancellationToken, Task<string?>> send, CancellationToken stop = default)
    {
        using var limit = CancellationTokenSource.CreateLinkedTokenSource(stop);
        limit.CancelAfter(hardLimit);
        _clock.Start();
        var loops = Enumerable.Range(0, concurrency).Select(_ => Task.Run(() => LoopAsync(send, limit.Token), CancellationToken.None));
        await Task.WhenAll(loops);
        _clock.Stop();

        var cutShort = limit.IsCancellationRequested && !stop.IsCancellationRequested;
        return new LoadResult(Succeeded, [.. _failures.OrderBy(f => f.SentAt)], _clock.Elapsed, Completed: !cutShort);
    }

    /// <summary>Requests sent at or after <paramref name="mark"/> (on <see cref="Elapsed"/>) that have completed, failed or not.</summary>
    public int CompletedSentSince(TimeSpan mark)
    {
        // Whole slots only, so a request sent just before the mark is never counted.
        var total = 0;
        for (var slot = (int)Math.Ceiling(mark / Slot); slot < _completedBySlot.Length; slot++)
        {
            total += Volatile.Read(ref _completedBySlot[slot]);
        }

        return total;
    }

    /// <summary>Waits (bounded) until <paramref name="count"/> requests sent at or after <paramref name="mark"/> have completed.</summary>
    public async Task<bool> WaitForCompletedSentSinceAsync(TimeSpan mark, int count, TimeSpan timeout)
    {
        var started = Stopwatch.GetTimestamp();
        while (CompletedSentSince(mark) < count)
        {
            if (Stopwatch.GetElapsedTime(started) > timeout)
            {
                return false;
            }

            await Task.Delay(PollInterval);
        }

        return true;
    }

    private async Task LoopAsync(Func<int, CancellationToken, Task<string?>> send, CancellationToken token)
    {
        while (!token.IsCancellationRequested)
        {
            var index = Interlocked.Increment(ref _issued) - 1;
            if (index >= maxRequests)
            {
                return;
            }

            var sentAt = _clock.Elapsed;
            string? failure;
            try
            {
                failure = await send(index, token);
            }
            catch (OperationCanceledException) when (token.IsCancellationRequested)
            {
                return; // The run ended while this request was in flight: not a request failure.
            }
            catch (Exception e) when (e is HttpRequestException or OperationCanceledException or IOException)
            {
                failure = e.GetType().Name + ": " + e.Message;
            }

            Interlocked.Increment(ref _completedBySlot[Math.Min((int)(sentAt / Slot), _completedBySlot.Length - 1)]);
            if (failure is null)
            {
                Interlocked.Increment(ref _succeeded);
            }
            else
            {
                _failures.Enqueue(new LoadFailure(sentAt, failure));
            }
        }
    }
}
