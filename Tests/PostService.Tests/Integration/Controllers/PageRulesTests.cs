using System.Net;
using System.Text.Json;
using PostService.Tests.Infrastructure;
using ServiceDefaults.Paging;

namespace PostService.Tests.Integration.Controllers;

/// <summary>The post list rejects a bad page with the shared <see cref="PageRules"/> keys and messages, as the user list does.</summary>
[TestFixture(TestDatabase.Sqlite)]
public sealed class PageRulesTests(TestDatabase database) : IntegrationTest(database)
{
    [TestCase("limit=0", PageRules.LimitKey, PageRules.LimitMessage)]
    [TestCase("limit=101", PageRules.LimitKey, PageRules.LimitMessage)]
    [TestCase("cursor=abc", PageRules.CursorKey, PageRules.CursorMessage)]
    public async Task List_BadPage_Returns400WithTheSharedMessage(string query, string key, string message)
    {
        using var client = Anonymous();
        using var response = await client.GetAsync($"/api/posts?{query}");

        JsonElement problem = await ProblemAssert.IsProblemAsync(response, HttpStatusCode.BadRequest);
        Assert.That(problem.GetProperty("errors").GetProperty(key)[0].GetString(), Is.EqualTo(message));
    }
}
