namespace ServiceDefaults.Paging;

/// <summary>
/// The paging rules every listing shares: the <c>limit</c> range and default, a cursor this
/// service issued, and the messages a 400 carries for each (keyed by the query parameter name).
/// </summary>
public static class PageRules
{
    public const int DefaultLimit = 20;
    public const int MaxLimit = 100;

    public const string LimitKey = "limit";
    public const string CursorKey = "cursor";

    public const string LimitMessage = "limit must be between 1 and 100.";
    public const string CursorMessage = "cursor is malformed; pass back the nextCursor of a previous page.";

    public static bool IsValidLimit(int limit) => limit is >= 1 and <= MaxLimit;

    /// <summary>True when <paramref name="cursor"/> is absent (the first page) or decodes; <paramref name="after"/> is the decoded position.</summary>
    public static bool TryReadCursor(string? cursor, out KeysetCursor? after)
    {
        after = null;
        if (cursor is null)
        {
            return true;
        }

        if (!KeysetCursor.TryDecode(cursor, out var decoded))
        {
            return false;
        }

        after = decoded;
        return true;
    }
}
