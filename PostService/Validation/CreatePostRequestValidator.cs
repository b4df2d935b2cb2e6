using FluentValidation;
using Shared.Contracts.Posts;

namespace PostService.Validation;

internal sealed class CreatePostRequestValidator : AbstractValidator<CreatePostRequest>
{
    public CreatePostRequestValidator()
    {
        RuleFor(r => r.Title).ValidTitle();
        RuleFor(r => r.Body).ValidBody();
    }
}
