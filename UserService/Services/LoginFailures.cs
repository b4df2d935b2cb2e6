using UserService.Options;

namespace UserService.Services;

/// <summary>
/// The failed logins of one user name in the current window. Attempts still running count
/// against the limit too, so a burst of parallel guesses cannot all pass before the first fails.
/// </summary>
internal sealed class LoginFailures
{
    private readonly Lock _lock = new();
    private DateTimeOffset _windowEnd;
    private int _failures;
    private int _running;

    public bool TryBegin(DateTimeOffset now, LoginThrottleOptions options, out TimeSpan retryAfter)
    {
        lock (_lock)
        {
            if (now >= _windowEnd)
            {
                _failures = 0;
            }

            if (_failures + _running < options.MaxFailures)
            {
                _running++;
                retryAfter = TimeSpan.Zero;
                return true;
            }

            // Refused only because of attempts still running: they finish within a second or so.
            retryAfter = _failures >= options.MaxFailures ? _windowEnd - now : TimeSpan.FromSeconds(1);
            return false;
        }
    }

    public void End(DateTimeOffset now, LoginThrottleOptions options, bool? succeeded)
    {
        lock (_lock)
        {
            _running--;
            if (succeeded == true)
            {
                _failures = 0;
            }
            else if (succeeded == false)
            {
                if (_failures == 0 || now >= _windowEnd)
                {
                    _failures = 0;
                    _windowEnd = now + options.Window;
                }

                _failures++;
            }
        }
    }
}
