using Microsoft.AspNetCore.Mvc.ModelBinding;
using ServiceDefaults.Paging;
using UserService.Services;

namespace UserService.Validation;

/// <summary>
/// Validates the <c>limit</c> and <c>cursor</c> query parameters into a <see cref="PageRequest"/>,
/// recording failures under the parameter names so they surface as a 400 validation problem.
/// </summary>
internal static class PageRequestValidator
{
    public const string LimitKey = "limit";
    public const string CursorKey = "cursor";

    public static bool TryCreate(int limit, string? cursor, ModelStateDictionary modelState, out PageRequest page)
    {
        page = new PageRequest(limit, null);
        if (limit is < 1 or > PageRequest.MaxLimit)
        {
            modelState.AddModelError(LimitKey, $"limit must be between 1 and {PageRequest.MaxLimit}.");
        }

        KeysetCursor? after = null;
        if (cursor is not null)
        {
            if (KeysetCursor.TryDecode(cursor, out var decoded))
            {
                after = decoded;
            }
            else
            {
                modelState.AddModelError(CursorKey, "cursor is malformed; pass back the nextCursor of a previous page.");
            }
        }

        page = page with { After = after };
        return modelState.IsValid;
    }
}
