using Microsoft.Extensions.Caching.Memory;
using Microsoft.Extensions.Options;
using UserService.Options;

namespace UserService.Services;

/// <summary>
/// Brute-force protection per user name, independent of the gateway: after
/// <see cref="LoginThrottleOptions.MaxFailures"/> failed logins within the window the name is refused
/// without checking the password; a success clears the count. Names are keyed as typed (normalized),
/// never by whether an account exists, so a throttled unknown name looks like a throttled real one.
/// Per instance: the counts are in this process's memory, in a size-limited cache.
/// </summary>
public sealed class LoginThrottle : IDisposable
{
    private readonly MemoryCache _names;
    private readonly LoginThrottleOptions _options;
    private readonly TimeProvider _clock;

    public LoginThrottle(IOptions<LoginThrottleOptions> options, TimeProvider clock)
    {
        _options = options.Value;
        _clock = clock;
        _names = new MemoryCache(new MemoryCacheOptions { SizeLimit = _options.MaxTrackedNames });
    }

    /// <summary>Starts a login attempt; its <see cref="LoginAttempt.RetryAfter"/> is set when the name is throttled.</summary>
    public LoginAttempt Begin(string userName)
    {
        var key = UserAccountService.Normalize(userName.Trim());

        // Sliding: a name idle for a whole window has no failures left to remember.
        var failures = _names.GetOrCreate(key, entry =>
        {
            entry.Size = 1;
            entry.SlidingExpiration = _options.Window;
            return new LoginFailures();
        })!;
        return failures.TryBegin(_clock.GetUtcNow(), _options, out var retryAfter)
            ? new LoginAttempt(failures, _clock, _options, retryAfter: null)
            : new LoginAttempt(failures, _clock, _options, retryAfter);
    }

    public void Dispose() => _names.Dispose();
}
