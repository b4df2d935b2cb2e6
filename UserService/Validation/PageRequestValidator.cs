using Microsoft.AspNetCore.Mvc.ModelBinding;
using ServiceDefaults.Paging;
using UserService.Services;

namespace UserService.Validation;

/// <summary>
/// Validates the <c>limit</c> and <c>cursor</c> query parameters into a <see cref="PageRequest"/> by
/// the shared <see cref="PageRules"/>, recording failures under the parameter names so they surface
/// as a 400 validation problem.
/// </summary>
internal static class PageRequestValidator
{
    public static bool TryCreate(int limit, string? cursor, ModelStateDictionary modelState, out PageRequest page)
    {
        if (!PageRules.IsValidLimit(limit))
        {
            modelState.AddModelError(PageRules.LimitKey, PageRules.LimitMessage);
        }

        if (!PageRules.TryReadCursor(cursor, out var after))
        {
            modelState.AddModelError(PageRules.CursorKey, PageRules.CursorMessage);
        }

        page = new PageRequest(limit, after);
        return modelState.IsValid;
    }
}
