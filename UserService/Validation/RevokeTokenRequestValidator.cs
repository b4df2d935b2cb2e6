using FluentValidation;
using Shared.Contracts.Auth;
using UserService.Services;

namespace UserService.Validation;

/// <summary>Only bounds the input; an unknown token is answered like a known one.</summary>
internal sealed class RevokeTokenRequestValidator : AbstractValidator<RevokeTokenRequest>
{
    public RevokeTokenRequestValidator() =>
        RuleFor(r => r.RefreshToken).NotEmpty().MaximumLength(RefreshTokenValue.MaxLength);
}
