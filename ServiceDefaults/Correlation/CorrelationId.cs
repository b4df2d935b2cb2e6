namespace ServiceDefaults.Correlation;

/// <summary>
/// The correlation header and how an incoming value is accepted. The gateway compiles this file in
/// too (Gateway.csproj), so an id the gateway passes on is one every service keeps.
/// </summary>
internal static class CorrelationId
{
    public const string HeaderName = "X-Correlation-Id";

    /// <summary>The log property every line of a request carries.</summary>
    public const string LogProperty = "CorrelationId";

    private const int MaxLength = 128;

    /// <summary>
    /// Accepts a client-sent id only if it is short and made of safe characters, so it can be
    /// echoed and logged without header or log injection.
    /// </summary>
    public static bool IsValid(string? value)
    {
        if (string.IsNullOrEmpty(value) || value.Length > MaxLength)
        {
            return false;
        }

        foreach (var c in value)
        {
            if (!(char.IsAsciiLetterOrDigit(c) || c is '-' or '_' or '.' or ':'))
            {
                return false;
            }
        }

        return true;
    }
}
