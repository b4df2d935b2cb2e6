using ServiceDefaults.Options;
using ServiceDefaults.Paging;
using UserService.Tests.Support;

namespace UserService.Tests.Integration.Controllers;

/// <summary>The user list rejects a bad page with the shared <see cref="PageRules"/> keys and messages, as the post list does.</summary>
[TestFixture(DatabaseProvider.Sqlite)]
internal sealed class PageRulesTests(DatabaseProvider provider) : IntegrationTest(provider)
{
    [TestCase("limit=0", PageRules.LimitKey, PageRules.LimitMessage)]
    [TestCase("limit=101", PageRules.LimitKey, PageRules.LimitMessage)]
    [TestCase("cursor=abc", PageRules.CursorKey, PageRules.CursorMessage)]
    public async Task List_BadPage_Returns400WithTheSharedMessage(string query, string key, string message)
    {
        using var response = await Client.GetAsync($"/api/users?{query}");

        var problem = await ProblemAssert.IsValidationProblem(response, key);
        Assert.That(problem.GetProperty("errors").GetProperty(key)[0].GetString(), Is.EqualTo(message));
    }

    [Test]
    public void LimitMessage_NamesTheMaximum() =>
        Assert.That(PageRules.LimitMessage, Does.Contain($" {PageRules.MaxLimit}."));
}
