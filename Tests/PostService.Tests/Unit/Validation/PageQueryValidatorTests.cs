using FluentValidation.TestHelper;
using PostService.Services;
using PostService.Validation;
using ServiceDefaults.Paging;

namespace PostService.Tests.Unit.Validation;

public sealed class PageQueryValidatorTests
{
    private readonly PageQueryValidator _validator = new();

    [TestCase(1)]
    [TestCase(20)]
    [TestCase(100)]
    public void Validate_LimitInRange_HasNoErrors(int limit)
    {
        var result = _validator.TestValidate(new PageQuery { Limit = limit });

        result.ShouldNotHaveAnyValidationErrors();
    }

    [TestCase(0)]
    [TestCase(-5)]
    [TestCase(101)]
    public void Validate_LimitOutOfRange_HasLimitError(int limit)
    {
        var result = _validator.TestValidate(new PageQuery { Limit = limit });

        result.ShouldHaveValidationErrorFor(q => q.Limit);
    }

    [Test]
    public void Validate_IssuedCursor_HasNoErrors()
    {
        var cursor = new KeysetCursor(DateTimeOffset.UtcNow, Guid.CreateVersion7()).Encode();

        var result = _validator.TestValidate(new PageQuery { Cursor = cursor });

        result.ShouldNotHaveAnyValidationErrors();
    }

    [TestCase("")]
    [TestCase("abc")]
    [TestCase("' OR 1=1 --")]
    public void Validate_MalformedCursor_HasCursorError(string cursor)
    {
        var result = _validator.TestValidate(new PageQuery { Cursor = cursor });

        result.ShouldHaveValidationErrorFor(q => q.Cursor);
    }
}
