namespace Shared.Contracts.Auth;

/// <summary>Exchanges credentials for an access token.</summary>
/// <param name="UserName">The user name or the e-mail address.</param>
/// <param name="Password">The password.</param>
public sealed record TokenRequest(string UserName, string Password);
