using FluentValidation;
using Shared.Contracts.Users;

namespace UserService.Validation;

internal sealed class UpdateUserRequestValidator : AbstractValidator<UpdateUserRequest>
{
    public UpdateUserRequestValidator()
    {
        RuleFor(r => r.DisplayName).ValidDisplayName();
        RuleFor(r => r.Bio).ValidBio();
    }
}
