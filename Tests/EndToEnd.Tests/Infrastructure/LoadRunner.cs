using System.Collections.Concurrent;
using System.Diagnostics;

namespace EndToEnd.Tests.Infrastructure;

/// <summary>
/// Runs a request function from a fixed number of concurrent loops until a request budget is spent,
/// a stop is asked for, or a hard time limit passes, whichever comes first. Every failure is kept
/// with its time, so fault tests can ask "none after the kill + 2 s".
/// </summary>
internal sealed class LoadRunner(int concurrency, int maxRequests, TimeSpan hardLimit)
{
    private readonly Stopwatch _clock = new();
    private readonly ConcurrentQueue<LoadFailure> _failures = new();
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
        return new LoadResult(Succeeded, [.. _failures.OrderBy(f => f.At)], _clock.Elapsed, Completed: !cutShort);
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

            if (failure is null)
            {
                Interlocked.Increment(ref _succeeded);
            }
            else
            {
                _failures.Enqueue(new LoadFailure(_clock.Elapsed, failure));
            }
        }
    }
}
