using System.Globalization;

namespace Gateway.RateLimiting;

/// <summary>Parses Ocelot's rate-limit periods: <c>500ms</c>, <c>1s</c>, <c>1m</c>, <c>1h</c>, <c>1d</c>.</summary>
internal static class PeriodParser
{
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
        if (unit == 0 || !double.TryParse(value[..^unit], NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out var amount) || amount <= 0)
        {
            return false;
        }

        period = TimeSpan.FromMilliseconds(amount * multiplier);
        return true;
    }
}
