using Microsoft.AspNetCore.Mvc;

namespace PostService.Services;

/// <summary>The paging parameters of a listing, bound from the query string and validated before the action runs.</summary>
public sealed class PageQuery
{
    public const int DefaultLimit = 20;
    public const int MaxLimit = 100;

    /// <summary>How many posts to return, 1–100 (default 20).</summary>
    [FromQuery(Name = "limit")]
    public int Limit { get; set; } = DefaultLimit;

    /// <summary>The <c>nextCursor</c> of the previous page; omit for the first page.</summary>
    [FromQuery(Name = "cursor")]
    public string? Cursor { get; set; }
}
