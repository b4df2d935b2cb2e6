using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using PostService.Tests.Infrastructure;
using Shared.Contracts.Posts;

namespace PostService.Tests.Integration.Controllers;

[TestFixture(TestDatabase.Sqlite)]
[TestFixture(TestDatabase.SqlServer)]
public sealed partial class PostsControllerTests(TestDatabase database) : IntegrationTest(database)
{
    [Test]
    public async Task Create_ValidRequest_Returns201WithLocationETagAndAuthorFromToken()
    {
        var author = Guid.NewGuid();
        using var client = As(author);
        var someoneElse = Guid.NewGuid();
        using var content = JsonContent.Create(new { title = "Hello", body = "World", authorId = someoneElse });

        using var response = await client.PostAsync("/api/posts", content);

        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.Created));
        var post = await response.Content.ReadFromJsonAsync<PostResponse>();
        Assert.Multiple(() =>
        {
            Assert.That(post!.AuthorId, Is.EqualTo(author), "the author is the token's subject, never the body's authorId");
            Assert.That(post.Title, Is.EqualTo("Hello"));
            Assert.That(post.Body, Is.EqualTo("World"));
            Assert.That(post.CreatedAt, Is.EqualTo(post.UpdatedAt));
            Assert.That(response.Headers.Location!.AbsolutePath, Is.EqualTo($"/api/posts/{post.Id}"));
            Assert.That(response.Headers.ETag, Is.Not.Null);
            Assert.That(response.Headers.ETag!.IsWeak, Is.False);
        });
    }

    [TestCase("'; DROP TABLE Posts;--")]
    [TestCase("<script>alert(1)</script>")]
    [TestCase("Ünïcödé \"quotes\" \\ and emoji 🚀")]
    public async Task Create_HostileStrings_StoredAndReturnedVerbatim(string text)
    {
        using var client = As(Guid.NewGuid());

        var (created, _) = await client.CreatePostAsync(text, text);
        var fetched = await client.GetFromJsonAsync<PostResponse>($"/api/posts/{created.Id}");

        Assert.That(fetched!.Title, Is.EqualTo(text));
        Assert.That(fetched.Body, Is.EqualTo(text));
    }

    [TestCase("", "body", "title")]
    [TestCase("   ", "body", "title")]
    [TestCase(null, "body", "title")]
    [TestCase("title", "", "body")]
    [TestCase("title", null, "body")]
    public async Task Create_InvalidField_Returns400KeyedByCamelCaseField(string? title, string? body, string field)
    {
        using var client = As(Guid.NewGuid());

        using var response = await client.PostAsJsonAsync("/api/posts", new { title, body });

        await ProblemAssert.HasValidationErrorAsync(response, field);
    }

    [TestCase(201, 1, "title")]
    [TestCase(1, 20_001, "body")]
    public async Task Create_FieldTooLong_Returns400KeyedByField(int titleLength, int bodyLength, string field)
    {
        using var client = As(Guid.NewGuid());

        using var response = await client.PostAsJsonAsync("/api/posts", new CreatePostRequest(new string('t', titleLength), new string('b', bodyLength)));

        await ProblemAssert.HasValidationErrorAsync(response, field);
    }

    [Test]
    public async Task Create_LongestValidFields_Returns201()
    {
        using var client = As(Guid.NewGuid());

        using var response = await client.PostAsJsonAsync("/api/posts", new CreatePostRequest(new string('t', 200), new string('b', 20_000)));

        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.Created));
    }

    [Test]
    public async Task Create_WithoutToken_Returns401Problem()
    {
        using var client = Anonymous();

        using var response = await client.PostAsJsonAsync("/api/posts", new CreatePostRequest("t", "b"));

        await ProblemAssert.IsProblemAsync(response, HttpStatusCode.Unauthorized);
    }

    [Test]
    public async Task Create_SubjectNotAGuid_Returns403Problem()
    {
        using var client = Anonymous().WithToken(Factory.Tokens.Create("not-a-guid"));

        using var response = await client.PostAsJsonAsync("/api/posts", new CreatePostRequest("t", "b"));

        await ProblemAssert.IsProblemAsync(response, HttpStatusCode.Forbidden);
    }

    [Test]
    public async Task Create_MalformedJson_Returns400Problem()
    {
        using var client = As(Guid.NewGuid());
        using var content = new StringContent("{\"title\": \"t\", \"body\": ", Encoding.UTF8, "application/json");

        using var response = await client.PostAsync("/api/posts", content);

        await ProblemAssert.IsProblemAsync(response, HttpStatusCode.BadRequest);
    }

    [Test]
    public async Task Create_WrongContentType_Returns415Problem()
    {
        using var client = As(Guid.NewGuid());
        using var content = new StringContent("""{"title":"t","body":"b"}""", Encoding.UTF8, "text/plain");

        using var response = await client.PostAsync("/api/posts", content);

        await ProblemAssert.IsProblemAsync(response, HttpStatusCode.UnsupportedMediaType);
    }
}
