using FluentValidation.TestHelper;
using PostService.Validation;
using Shared.Contracts.Posts;

namespace PostService.Tests.Unit.Validation;

public sealed class UpdatePostRequestValidatorTests
{
    private readonly UpdatePostRequestValidator _validator = new();

    [Test]
    public void Validate_ValidRequest_HasNoErrors()
    {
        var result = _validator.TestValidate(new UpdatePostRequest(new string('t', 200), new string('b', 20_000)));

        result.ShouldNotHaveAnyValidationErrors();
    }

    [TestCase(" ", "body", "Title")]
    [TestCase("", "body", "Title")]
    [TestCase("title", "", "Body")]
    public void Validate_InvalidField_HasErrorForThatFieldOnly(string title, string body, string property)
    {
        var result = _validator.TestValidate(new UpdatePostRequest(title, body));

        // Case-insensitive: the service resolves names to camelCase process-wide once it starts.
        Assert.That(result.Errors.Select(e => e.PropertyName).Distinct(), Is.EqualTo(new[] { property }).IgnoreCase);
    }

    [Test]
    public void Validate_TooLongFields_HasErrorsForBoth()
    {
        var result = _validator.TestValidate(new UpdatePostRequest(new string('t', 201), new string('b', 20_001)));

        result.ShouldHaveValidationErrorFor(r => r.Title);
        result.ShouldHaveValidationErrorFor(r => r.Body);
    }
}
