using System.Net.Mail;
using FluentValidation;
using UserService.Data.Configurations;

namespace UserService.Validation;

/// <summary>The field rules shared by the request validators, so each limit is stated once.</summary>
internal static class UserRules
{
    public const int UserNameMinLength = 3;
    public const int PasswordMinLength = 8;
    public const int PasswordMaxLength = 128;
    public const string UserNamePattern = "^[A-Za-z0-9_.-]+$";

    public static IRuleBuilderOptions<T, string> ValidUserName<T>(this IRuleBuilder<T, string> rule) => rule
        .NotEmpty()
        .Length(UserNameMinLength, UserConfiguration.UserNameMaxLength)
        .Matches(UserNamePattern).WithMessage("'{PropertyName}' may contain only letters, digits, '_', '.' and '-'.");

    public static IRuleBuilderOptions<T, string> ValidEmail<T>(this IRuleBuilder<T, string> rule) => rule
        .NotEmpty()
        .MaximumLength(UserConfiguration.EmailMaxLength)
        .Must(BeAPlainAddress).WithMessage("'{PropertyName}' is not a valid e-mail address.");

    public static IRuleBuilderOptions<T, string> ValidDisplayName<T>(this IRuleBuilder<T, string> rule) => rule
        .NotEmpty()
        .MaximumLength(UserConfiguration.DisplayNameMaxLength);

    public static IRuleBuilderOptions<T, string> ValidPassword<T>(this IRuleBuilder<T, string> rule) => rule
        .NotEmpty()
        .Length(PasswordMinLength, PasswordMaxLength);

    public static IRuleBuilderOptions<T, string?> ValidBio<T>(this IRuleBuilder<T, string?> rule) => rule
        .MaximumLength(UserConfiguration.BioMaxLength);

    // MailAddress also accepts "Name <a@b>" and surrounding spaces; only the bare address is allowed.
    private static bool BeAPlainAddress(string? value) =>
        value is not null
        && MailAddress.TryCreate(value, out var address)
        && address.Address == value
        && address.Host.Contains('.', StringComparison.Ordinal);
}
