using Shared.Contracts.Users;
using ServiceDefaults.Validation;
using UserService.Validation;

namespace UserService.Tests.Unit.Validation;

internal sealed class UpdateUserRequestValidatorTests
{
    private readonly UpdateUserRequestValidator _validator = new();

    [OneTimeSetUp]
    public void UseCamelCase() => CamelCaseNames.Apply();

    [TestCase(1, 0, true)]
    [TestCase(100, 500, true)]
    [TestCase(0, 0, false)]
    [TestCase(101, 0, false)]
    [TestCase(10, 501, false)]
    public void Validate_Lengths_ValidOnlyWithinLimits(int displayName, int bio, bool valid)
    {
        var request = new UpdateUserRequest(new string('d', displayName), new string('b', bio));

        var result = _validator.Validate(request);

        Assert.That(result.IsValid, Is.EqualTo(valid));
    }

    [Test]
    public void Validate_NullBio_IsValid() =>
        Assert.That(_validator.Validate(new UpdateUserRequest("Name", null)).IsValid, Is.True);

    [Test]
    public void Validate_BlankDisplayNameAndLongBio_ErrorsKeyedCamelCase()
    {
        var result = _validator.Validate(new UpdateUserRequest(" ", new string('b', 501)));

        Assert.That(result.Errors.Select(e => e.PropertyName), Is.EquivalentTo(new[] { "displayName", "bio" }));
    }
}
