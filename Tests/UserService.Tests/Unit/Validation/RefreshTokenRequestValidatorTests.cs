using ServiceDefaults.Validation;
using Shared.Contracts.Auth;
using UserService.Validation;

namespace UserService.Tests.Unit.Validation;

internal sealed class RefreshTokenRequestValidatorTests
{
    private readonly RefreshTokenRequestValidator _refresh = new();

    [OneTimeSetUp]
    public void UseCamelCase() => CamelCaseNames.Apply();

    [TestCase("x")]
    [TestCase("Zm9vYmFyYmF6cXV4Zm9vYmFyYmF6cXV4Zm9vYmFyYmF6")]
    public void Validate_PresentToken_IsValid(string token)
    {
        Assert.That(_refresh.Validate(new RefreshTokenRequest(token)).IsValid, Is.True);
    }

    [TestCase("")]
    [TestCase(null)]
    public void Validate_MissingToken_ErrorsOnRefreshToken(string? token)
    {
        var refresh = _refresh.Validate(new RefreshTokenRequest(token!));

        Assert.That(refresh.Errors.Select(e => e.PropertyName), Is.EqualTo(new[] { "refreshToken" }));
    }

    [Test]
    public void Validate_OverlongToken_ErrorsOnRefreshToken()
    {
        var token = new string('a', 129);

        Assert.That(_refresh.Validate(new RefreshTokenRequest(token)).IsValid, Is.False);
    }
}
