using UserService.Options;

namespace UserService.Services;

/// <summary>
/// One login attempt admitted (or refused) by the <see cref="LoginThrottle"/>. Dispose it; an
/// attempt that ended without <see cref="Complete"/> (an exception, a cancelled request) counts
/// neither as a failure nor as a success.
/// </summary>
public sealed class LoginAttempt : IDisposable
{
    private readonly LoginFailures _failures;
    private readonly TimeProvider _clock;
    private readonly LoginThrottleOptions _options;
    private bool _ended;

    internal LoginAttempt(LoginFailures failures, TimeProvider clock, LoginThrottleOptions options, TimeSpan? retryAfter)
    {
        _failures = failures;
        _clock = clock;
        _options = options;
        RetryAfter = retryAfter;
        _ended = retryAfter is not null;
    }

    /// <summary>Set when the name is throttled: how long until it may try again. The password must then not be checked.</summary>
    public TimeSpan? RetryAfter { get; }

    public void Complete(bool succeeded) => End(succeeded);

    public void Dispose() => End(succeeded: null);

    private void End(bool? succeeded)
    {
        if (_ended)
        {
            return;
        }

        _ended = true;
        _failures.End(_clock.GetUtcNow(), _options, succeeded);
    }
}
