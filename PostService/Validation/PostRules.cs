namespace PostService.Validation;

/// <summary>The limits of a post, shared by the validators and the database schema.</summary>
internal static class PostRules
{
    public const int TitleMaxLength = 200;
    public const int BodyMaxLength = 20_000;
}
