using FluentValidation;
using Shared.Contracts.Auth;
using UserService.Services;

namespace UserService.Validation;

/// <summary>Only bounds the input; whether the token is good is the 401's business.</summary>
internal sealed class RefreshTokenRequestValidator : AbstractValidator<RefreshTokenRequest>
{
    public RefreshTokenRequestValidator() =>
        RuleFor(r => r.RefreshToken).NotEmpty().MaximumLength(RefreshTokenValue.MaxLength);
}
