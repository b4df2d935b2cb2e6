using FluentValidation;
using PostService.Services;
using ServiceDefaults.Paging;

namespace PostService.Validation;

/// <summary>The shared <see cref="PageRules"/>, with the same messages the UserService's listing gives.</summary>
internal sealed class PageQueryValidator : AbstractValidator<PageQuery>
{
    public PageQueryValidator()
    {
        RuleFor(q => q.Limit).Must(PageRules.IsValidLimit).WithMessage(PageRules.LimitMessage);
        RuleFor(q => q.Cursor)
            .Must(cursor => PageRules.TryReadCursor(cursor, out _))
            .WithMessage(PageRules.CursorMessage);
    }
}
