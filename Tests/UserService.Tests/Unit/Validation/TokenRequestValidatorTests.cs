using Shared.Contracts.Auth;
using ServiceDefaults.Validation;
using UserService.Validation;

namespace UserService.Tests.Unit.Validation;

internal sealed class TokenRequestValidatorTests
{
    private readonly TokenRequestValidator _validator = new();

    [OneTimeSetUp]
    public void UseCamelCase() => CamelCaseNames.Apply();

    [TestCase("alice", "x")]
    [TestCase("alice@example.com", "any password at all")]
    public void Validate_PresentFields_IsValid(string userName, string password) =>
        Assert.That(_validator.Validate(new TokenRequest(userName, password)).IsValid, Is.True);

    [Test]
    public void Validate_EmptyFields_ErrorsOnBoth()
    {
        var result = _validator.Validate(new TokenRequest("", ""));

        Assert.That(result.Errors.Select(e => e.PropertyName), Is.EquivalentTo(new[] { "userName", "password" }));
    }

    [Test]
    public void Validate_OverlongFields_ErrorsOnBoth()
    {
        var result = _validator.Validate(new TokenRequest(new string('u', 255), new string('p', 129)));

        Assert.That(result.Errors.Select(e => e.PropertyName), Is.EquivalentTo(new[] { "userName", "password" }));
    }
}
