namespace UserService.Services;

/// <summary>A signed access token and its lifetime in seconds.</summary>
public sealed record AccessToken(string Token, int ExpiresIn);
