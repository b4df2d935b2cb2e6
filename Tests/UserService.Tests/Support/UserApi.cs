using System.Net.Http.Headers;
using System.Net.Http.Json;
using Shared.Contracts.Auth;
using Shared.Contracts.Users;

namespace UserService.Tests.Support;

/// <summary>Short-hands for the calls most integration tests start with.</summary>
internal static class UserApi
{
    public const string Password = "correct horse battery";

    public static RegisterUserRequest NewUser(string? bio = null)
    {
        var name = $"u{Guid.NewGuid():N}"[..20];
        return new RegisterUserRequest(name, $"{name}@example.com", $"User {name}", Password, bio);
    }

    public static async Task<(UserResponse User, string ETag)> Register(this HttpClient client, RegisterUserRequest? request = null)
    {
        using var response = await client.PostAsJsonAsync("/api/users", request ?? NewUser());
        response.EnsureSuccessStatusCode();
        var user = await response.Content.ReadFromJsonAsync<UserResponse>() ?? throw new InvalidOperationException("Empty body.");
        return (user, response.Headers.ETag!.ToString());
    }

    public static async Task<string> Token(this HttpClient client, string userName, string password = Password) =>
        (await client.Login(userName, password)).AccessToken;

    /// <summary>Logs in: the whole token response, refresh token included.</summary>
    public static async Task<TokenResponse> Login(this HttpClient client, string userName, string password = Password)
    {
        using var response = await client.PostAsJsonAsync("/api/auth/token", new TokenRequest(userName, password));
        response.EnsureSuccessStatusCode();
        return await response.Content.ReadFromJsonAsync<TokenResponse>() ?? throw new InvalidOperationException("Empty body.");
    }

    /// <summary>Refreshes, expecting success: the new pair.</summary>
    public static async Task<TokenResponse> Renew(this HttpClient client, string refreshToken)
    {
        using var response = await client.Refresh(refreshToken);
        Assert.That(response.StatusCode, Is.EqualTo(System.Net.HttpStatusCode.OK));
        return await response.Content.ReadFromJsonAsync<TokenResponse>() ?? throw new InvalidOperationException("Empty body.");
    }

    /// <summary>POST /api/auth/refresh; the caller checks the status.</summary>
    public static Task<HttpResponseMessage> Refresh(this HttpClient client, string refreshToken) =>
        client.PostAsJsonAsync("/api/auth/refresh", new RefreshTokenRequest(refreshToken));

    /// <summary>Registers a user and logs them in.</summary>
    public static async Task<(UserResponse User, string ETag, string Token)> RegisterAndLogin(this HttpClient client)
    {
        var (user, etag) = await client.Register();
        return (user, etag, await client.Token(user.UserName));
    }

    public static HttpRequestMessage Request(HttpMethod method, string uri, string? token = null, object? json = null)
    {
        var request = new HttpRequestMessage(method, uri);
        if (token is not null)
        {
            request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", token);
        }

        if (json is not null)
        {
            request.Content = JsonContent.Create(json);
        }

        return request;
    }
}
