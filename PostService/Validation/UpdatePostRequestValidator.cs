using FluentValidation;
using Shared.Contracts.Posts;

namespace PostService.Validation;

internal sealed class UpdatePostRequestValidator : AbstractValidator<UpdatePostRequest>
{
    public UpdatePostRequestValidator()
    {
        RuleFor(r => r.Title).ValidTitle();
        RuleFor(r => r.Body).ValidBody();
    }
}
