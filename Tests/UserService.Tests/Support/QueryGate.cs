using System.Data.Common;
using Microsoft.EntityFrameworkCore.Diagnostics;

namespace UserService.Tests.Support;

/// <summary>
/// Holds back the first <c>parties</c> queries whose SQL contains a marker until all of them have
/// arrived, so concurrent requests have all read before any of them writes: a race made certain.
/// The wait is bounded; <see cref="AllArrived"/> tells whether the race really happened.
/// </summary>
internal sealed class QueryGate(string marker, int parties) : DbCommandInterceptor
{
    private static readonly TimeSpan MaxWait = TimeSpan.FromSeconds(10);
    private readonly TaskCompletionSource _open = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private int _arrived;

    public bool AllArrived => _open.Task.IsCompletedSuccessfully;

    public override async ValueTask<InterceptionResult<DbDataReader>> ReaderExecutingAsync(
        DbCommand command, CommandEventData eventData, InterceptionResult<DbDataReader> result, CancellationToken cancellationToken = default)
    {
        if (!command.CommandText.StartsWith("SELECT", StringComparison.OrdinalIgnoreCase)
            || !command.CommandText.Contains(marker, StringComparison.Ordinal))
        {
            return result;
        }

        var arrival = Interlocked.Increment(ref _arrived);
        if (arrival == parties)
        {
            _open.TrySetResult();
        }

        if (arrival <= parties)
        {
            // Let the query run after the bound even if the others never come: the test then fails on AllArrived.
            await Task.WhenAny(_open.Task, Task.Delay(MaxWait, cancellationToken));
        }

        return result;
    }
}
