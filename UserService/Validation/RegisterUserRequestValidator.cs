using FluentValidation;
using Shared.Contracts.Users;

namespace UserService.Validation;

internal sealed class RegisterUserRequestValidator : AbstractValidator<RegisterUserRequest>
{
    public RegisterUserRequestValidator()
    {
        RuleFor(r => r.UserName).ValidUserName();
        RuleFor(r => r.Email).ValidEmail();
        RuleFor(r => r.DisplayName).ValidDisplayName();
        RuleFor(r => r.Password).ValidPassword();
        RuleFor(r => r.Bio).ValidBio();
    }
}
