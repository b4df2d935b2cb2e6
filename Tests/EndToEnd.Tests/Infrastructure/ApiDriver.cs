using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using Shared.Contracts.Auth;
using Shared.Contracts.Posts;
using Shared.Contracts.Users;

namespace EndToEnd.Tests.Infrastructure;

/// <summary>
/// The public API as a client uses it, for arranging test data. Every call asserts its documented
/// success status, so a broken arrangement fails loudly at the step that broke.
/// </summary>
internal sealed class ApiDriver(HttpClient client)
{
    public const string DefaultPassword = "correct-horse-battery-staple";

    public HttpClient Client => client;

    public static string UniqueUserName() => "e2e_" + Guid.NewGuid().ToString("N")[..12];

    public async Task<RegisteredUser> RegisterAsync(string? bio = null)
    {
        var userName = UniqueUserName();
        var request = new RegisterUserRequest(userName, userName + "@example.test", "Display " + userName, DefaultPassword, bio);

        using var response = await client.PostAsJsonAsync(new Uri("/api/users", UriKind.Relative), request);

        await ExpectAsync(response, HttpStatusCode.Created, "register");
        var user = await response.Content.ReadFromJsonAsync<UserResponse>();
        return new RegisteredUser(user!, DefaultPassword);
    }

    public async Task<string> TokenAsync(RegisteredUser user)
    {
        using var response = await client.PostAsJsonAsync(new Uri("/api/auth/token", UriKind.Relative), new TokenRequest(user.User.UserName, user.Password));

        await ExpectAsync(response, HttpStatusCode.OK, "token");
        var token = await response.Content.ReadFromJsonAsync<TokenResponse>();
        return token!.AccessToken;
    }

    public async Task<PostResponse> CreatePostAsync(string token, string title, string body)
    {
        using var request = Authorized(HttpMethod.Post, "/api/posts", token, JsonContent.Create(new CreatePostRequest(title, body)));
        using var response = await client.SendAsync(request);

        await ExpectAsync(response, HttpStatusCode.Created, "create post");
        return (await response.Content.ReadFromJsonAsync<PostResponse>())!;
    }

    public async Task<T> GetAsync<T>(string path)
    {
        using var response = await client.GetAsync(new Uri(path, UriKind.Relative));

        await ExpectAsync(response, HttpStatusCode.OK, "GET " + path);
        return (await response.Content.ReadFromJsonAsync<T>())!;
    }

    public static HttpRequestMessage Authorized(HttpMethod method, string path, string? token, HttpContent? content = null)
    {
        var request = new HttpRequestMessage(method, new Uri(path, UriKind.Relative)) { Content = content };
        if (token is not null)
        {
            request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", token);
        }

        return request;
    }

    private static async Task ExpectAsync(HttpResponseMessage response, HttpStatusCode expected, string step)
    {
        if (response.StatusCode != expected)
        {
            var body = await response.Content.ReadAsStringAsync();
            Assert.Fail($"{step}: expected {(int)expected}, got {(int)response.StatusCode}: {body}");
        }
    }
}
