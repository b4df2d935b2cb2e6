using Microsoft.AspNetCore.Mvc;
using ServiceDefaults.Paging;

namespace PostService.Services;

/// <summary>The paging parameters of a listing, bound from the query string and validated by the shared <see cref="PageRules"/> before the action runs.</summary>
public sealed class PageQuery
{
    /// <summary>How many posts to return, 1–100 (default 20).</summary>
    [FromQuery(Name = "limit")]
    public int Limit { get; set; } = PageRules.DefaultLimit;

    /// <summary>The <c>nextCursor</c> of the previous page; omit for the first page.</summary>
    [FromQuery(Name = "cursor")]
    public string? Cursor { get; set; }
}
