using Shared.Contracts.Users;
using ServiceDefaults.Validation;
using UserService.Validation;

namespace UserService.Tests.Unit.Validation;

internal sealed class RegisterUserRequestValidatorTests
{
    private static readonly RegisterUserRequest Valid = new("alice_01", "alice@example.com", "Alice", "12345678", null);
    private readonly RegisterUserRequestValidator _validator = new();

    [OneTimeSetUp]
    public void UseCamelCase() => CamelCaseNames.Apply();

    [Test]
    public void Validate_ValidRequest_HasNoErrors()
    {
        var result = _validator.Validate(Valid);

        Assert.That(result.IsValid, Is.True);
    }

    [TestCase("abc")]
    [TestCase("a.b-c_D9")]
    [TestCase("abcdefghijabcdefghijabcdefghij12")]
    public void Validate_UserNameWithinRules_IsValid(string userName) =>
        Assert.That(_validator.Validate(Valid with { UserName = userName }).IsValid, Is.True);

    [TestCase("")]
    [TestCase("ab")]
    [TestCase("abcdefghijabcdefghijabcdefghij123")]
    [TestCase("with space")]
    [TestCase("at@sign")]
    [TestCase("ümlaut")]
    public void Validate_UserNameBreakingRules_FailsOnUserName(string userName) =>
        AssertFailsOn(Valid with { UserName = userName }, "userName");

    [TestCase("not-an-email")]
    [TestCase("a@b")]
    [TestCase("Alice <alice@example.com>")]
    [TestCase(" alice@example.com")]
    [TestCase("")]
    public void Validate_InvalidEmail_FailsOnEmail(string email) =>
        AssertFailsOn(Valid with { Email = email }, "email");

    [Test]
    public void Validate_EmailOf254Characters_IsValid()
    {
        var email = new string('a', 64) + "@" + new string('b', 63) + "." + new string('c', 63) + "." + new string('d', 61);

        Assert.That(email, Has.Length.EqualTo(254));
        Assert.That(_validator.Validate(Valid with { Email = email }).IsValid, Is.True);
    }

    [Test]
    public void Validate_EmailOf255Characters_FailsOnEmail()
    {
        var email = new string('a', 64) + "@" + new string('b', 63) + "." + new string('c', 63) + "." + new string('d', 62);

        AssertFailsOn(Valid with { Email = email }, "email");
    }

    [TestCase(1, true)]
    [TestCase(100, true)]
    [TestCase(101, false)]
    [TestCase(0, false)]
    public void Validate_DisplayNameLength_ValidOnlyFrom1To100(int length, bool valid) =>
        Check(Valid with { DisplayName = new string('d', length) }, "displayName", valid);

    [Test]
    public void Validate_DisplayNameOnlyWhitespace_FailsOnDisplayName() =>
        AssertFailsOn(Valid with { DisplayName = "   " }, "displayName");

    [TestCase(7, false)]
    [TestCase(8, true)]
    [TestCase(128, true)]
    [TestCase(129, false)]
    public void Validate_PasswordLength_ValidOnlyFrom8To128(int length, bool valid) =>
        Check(Valid with { Password = new string('p', length) }, "password", valid);

    [TestCase(500, true)]
    [TestCase(501, false)]
    public void Validate_BioLength_ValidUpTo500(int length, bool valid) =>
        Check(Valid with { Bio = new string('b', length) }, "bio", valid);

    [Test]
    public void Validate_NullFields_FailOnEachCamelCaseName()
    {
        var result = _validator.Validate(new RegisterUserRequest(null!, null!, null!, null!));

        Assert.That(result.Errors.Select(e => e.PropertyName).Distinct(), Is.EquivalentTo(new[] { "userName", "email", "displayName", "password" }));
    }

    private void Check(RegisterUserRequest request, string field, bool valid)
    {
        if (valid)
        {
            Assert.That(_validator.Validate(request).IsValid, Is.True);
        }
        else
        {
            AssertFailsOn(request, field);
        }
    }

    private void AssertFailsOn(RegisterUserRequest request, string field)
    {
        var result = _validator.Validate(request);

        Assert.That(result.Errors.Select(e => e.PropertyName).Distinct(), Is.EqualTo(new[] { field }));
    }
}
