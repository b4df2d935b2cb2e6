using FluentValidation.TestHelper;
using PostService.Validation;
using Shared.Contracts.Posts;

namespace PostService.Tests.Unit.Validation;

public sealed class CreatePostRequestValidatorTests
{
    private readonly CreatePostRequestValidator _validator = new();

    [TestCase(1)]
    [TestCase(200)]
    public void Validate_TitleWithinLimits_HasNoTitleError(int length)
    {
        var result = _validator.TestValidate(new CreatePostRequest(new string('t', length), "body"));

        result.ShouldNotHaveValidationErrorFor(r => r.Title);
    }

    [TestCase("")]
    [TestCase("   ")]
    [TestCase("\t\n")]
    [TestCase(null)]
    public void Validate_BlankTitle_HasTitleError(string? title)
    {
        var result = _validator.TestValidate(new CreatePostRequest(title!, "body"));

        result.ShouldHaveValidationErrorFor(r => r.Title);
    }

    [Test]
    public void Validate_Title201Characters_HasTitleError()
    {
        var result = _validator.TestValidate(new CreatePostRequest(new string('t', 201), "body"));

        result.ShouldHaveValidationErrorFor(r => r.Title);
    }

    [TestCase(1)]
    [TestCase(20_000)]
    public void Validate_BodyWithinLimits_HasNoBodyError(int length)
    {
        var result = _validator.TestValidate(new CreatePostRequest("title", new string('b', length)));

        result.ShouldNotHaveValidationErrorFor(r => r.Body);
    }

    [TestCase(0)]
    [TestCase(20_001)]
    public void Validate_BodyOutsideLimits_HasBodyError(int length)
    {
        var result = _validator.TestValidate(new CreatePostRequest("title", new string('b', length)));

        result.ShouldHaveValidationErrorFor(r => r.Body);
    }

    [Test]
    public void Validate_NullBody_HasBodyError()
    {
        var result = _validator.TestValidate(new CreatePostRequest("title", null!));

        result.ShouldHaveValidationErrorFor(r => r.Body);
    }

    [Test]
    public void Validate_WhitespaceBody_IsContent()
    {
        var result = _validator.TestValidate(new CreatePostRequest("title", "  "));

        result.ShouldNotHaveAnyValidationErrors();
    }
}
