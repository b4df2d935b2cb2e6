using Microsoft.AspNetCore.Mvc.ModelBinding;
using ServiceDefaults.Paging;
using UserService.Services;
using UserService.Validation;

namespace UserService.Tests.Unit.Validation;

internal sealed class PageRequestValidatorTests
{
    [TestCase(1)]
    [TestCase(100)]
    public void TryCreate_LimitInRange_Succeeds(int limit)
    {
        var modelState = new ModelStateDictionary();

        var ok = PageRequestValidator.TryCreate(limit, null, modelState, out var page);

        Assert.That(ok, Is.True);
        Assert.That(page, Is.EqualTo(new PageRequest(limit, null)));
    }

    [TestCase(0)]
    [TestCase(101)]
    public void TryCreate_LimitOutOfRange_FailsOnLimit(int limit)
    {
        var modelState = new ModelStateDictionary();

        var ok = PageRequestValidator.TryCreate(limit, null, modelState, out _);

        Assert.That(ok, Is.False);
        Assert.That(modelState.Keys, Is.EqualTo(new[] { "limit" }));
    }

    [Test]
    public void TryCreate_ValidCursor_CarriesDecodedPosition()
    {
        var cursor = new KeysetCursor(DateTimeOffset.UnixEpoch, Guid.NewGuid());

        var ok = PageRequestValidator.TryCreate(5, cursor.Encode(), new ModelStateDictionary(), out var page);

        Assert.That(ok, Is.True);
        Assert.That(page.After, Is.EqualTo(cursor));
    }

    [Test]
    public void TryCreate_MalformedCursor_FailsOnCursor()
    {
        var modelState = new ModelStateDictionary();

        var ok = PageRequestValidator.TryCreate(5, "garbage", modelState, out _);

        Assert.That(ok, Is.False);
        Assert.That(modelState.Keys, Is.EqualTo(new[] { "cursor" }));
    }
}
