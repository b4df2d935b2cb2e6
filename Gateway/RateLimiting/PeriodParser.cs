using System.Globalization;

namespace Gateway.RateLimiting;

/// <summary>Parses Ocelot's rate-limit periods: <c>500ms</c>, <c>1s</c>, <c>1m</c>, <c>1h</c>, <c>1d</c>.</summary>
internal static class PeriodParser
{
    /// <summary>
    /// The longest window (and <c>Wait</c>) we accept: longer is no rate limit, and the arithmetic on
    /// clock ticks must never overflow whatever digits a route file holds.
    /// </summary>
    public static readonly TimeSpan MaxPeriod = TimeSpan.FromDays(365);

    /// <summary>The shortest window: a zero-tick window would never limit anything.</summary>
    public static readonly TimeSpan MinPeriod = TimeSpan.FromMilliseconds(1);

    public static bool TryParse(string? text, out TimeSpan period)
    {
        period = TimeSpan.Zero;
        if (string.IsNullOrWhiteSpace(text))
        {
            return false;
        }

        var value = text.Trim();
        var (unit, multiplier) = value.EndsWith("ms", StringComparison.OrdinalIgnoreCase) ? (2, 1.0)
            : value.EndsWith('s') || value.EndsWith('S') ? (1, 1000.0)
            : value.EndsWith('m') || value.EndsWith('M') ? (1, 60_000.0)
            : value.EndsWith('h') || value.EndsWith('H') ? (1, 3_600_000.0)
            : value.EndsWith('d') || value.EndsWith('D') ? (1, 86_400_000.0)
            : (0, 0.0);
        if (unit == 0 || !double.TryParse(value[..^unit], NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out var amount))
        {
            return false;
        }

        // Range-checked as a double first: TimeSpan.FromMilliseconds throws on overflow.
        var milliseconds = amount * multiplier;
        if (!(milliseconds >= MinPeriod.TotalMilliseconds && milliseconds <= MaxPeriod.TotalMilliseconds))
        {
            return false;
        }

        period = TimeSpan.FromMilliseconds(milliseconds);
        return true;
    }

    /// <summary>Whether a <c>Wait</c>/<c>PeriodTimespan</c> in seconds is usable (NaN is not).</summary>
    public static bool IsValidWait(double seconds) => seconds >= 0 && seconds <= MaxPeriod.TotalSeconds;
}
