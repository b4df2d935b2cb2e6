using System.Net.Http.Headers;
using System.Net.Http.Json;
using Shared.Contracts.Posts;

namespace PostService.Tests.Infrastructure;

internal static class HttpClientExtensions
{
    public static HttpClient WithToken(this HttpClient client, string token)
    {
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", token);
        return client;
    }

    /// <summary>Creates a post as the client's user and returns it with its ETag.</summary>
    public static async Task<(PostResponse Post, string ETag)> CreatePostAsync(this HttpClient client, string title = "A title", string body = "A body")
    {
        using var response = await client.PostAsJsonAsync("/api/posts", new CreatePostRequest(title, body));
        response.EnsureSuccessStatusCode();
        var post = await response.Content.ReadFromJsonAsync<PostResponse>();
        return (post!, response.Headers.ETag!.ToString());
    }
}
