using FluentValidation;
using Shared.Contracts.Auth;
using UserService.Data.Configurations;

namespace UserService.Validation;

/// <summary>Only bounds the input; whether the credentials are right is the 401's business.</summary>
internal sealed class TokenRequestValidator : AbstractValidator<TokenRequest>
{
    public TokenRequestValidator()
    {
        RuleFor(r => r.UserName).NotEmpty().MaximumLength(UserConfiguration.EmailMaxLength);
        RuleFor(r => r.Password).NotEmpty().MaximumLength(UserRules.PasswordMaxLength);
    }
}
