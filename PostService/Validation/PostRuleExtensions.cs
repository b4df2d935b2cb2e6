using FluentValidation;

namespace PostService.Validation;

/// <summary>The title and body rules, written once for create and update.</summary>
internal static class PostRuleExtensions
{
    /// <summary>1–200 characters and not only whitespace (NotEmpty rejects blank strings).</summary>
    public static IRuleBuilderOptions<T, string> ValidTitle<T>(this IRuleBuilder<T, string> rule) =>
        rule.NotEmpty().MaximumLength(PostRules.TitleMaxLength);

    /// <summary>1–20,000 characters; whitespace is content here.</summary>
    public static IRuleBuilderOptions<T, string> ValidBody<T>(this IRuleBuilder<T, string> rule) =>
        rule.NotNull().Length(1, PostRules.BodyMaxLength);
}
