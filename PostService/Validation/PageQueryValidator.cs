using FluentValidation;
using PostService.Services;
using ServiceDefaults.Paging;

namespace PostService.Validation;

internal sealed class PageQueryValidator : AbstractValidator<PageQuery>
{
    public PageQueryValidator()
    {
        RuleFor(q => q.Limit).InclusiveBetween(1, PageQuery.MaxLimit);
        RuleFor(q => q.Cursor)
            .Must(cursor => KeysetCursor.TryDecode(cursor, out _))
            .When(q => q.Cursor is not null)
            .WithMessage("The cursor is not one this service issued.");
    }
}
