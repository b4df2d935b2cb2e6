using System.ComponentModel.DataAnnotations;

namespace UserService.Options;

/// <summary>
/// Failed-login throttling per user name (section <c>LoginThrottle</c>). The counts live in the
/// memory of each instance, so with several instances a name gets this budget on each of them.
/// </summary>
public sealed class LoginThrottleOptions
{
    public const string SectionName = "LoginThrottle";

    /// <summary>Failed password checks a user name may have within <see cref="Window"/> before it gets 429.</summary>
    [Range(1, 1000)]
    public int MaxFailures { get; set; } = 5;

    /// <summary>How long a name stays throttled, counted from its first failure.</summary>
    [Range(typeof(TimeSpan), "00:00:01", "1.00:00:00")]
    public TimeSpan Window { get; set; } = TimeSpan.FromMinutes(5);

    /// <summary>
    /// The most user names tracked at once; beyond it the least recently used are forgotten first,
    /// so memory stays bounded under a flood of made-up names.
    /// </summary>
    [Range(100, 10_000_000)]
    public int MaxTrackedNames { get; set; } = 10_000;
}
