using System.Net;
using System.Text.Json;

namespace UserService.Tests.Support;

/// <summary>Checks the RFC 9457 shape every error of the service must have.</summary>
internal static class ProblemAssert
{
    public static async Task<JsonElement> IsProblem(HttpResponseMessage response, HttpStatusCode status)
    {
        Assert.That(response.StatusCode, Is.EqualTo(status));
        Assert.That(response.Content.Headers.ContentType?.MediaType, Is.EqualTo("application/problem+json"));
        var problem = JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement;
        Assert.That(problem.GetProperty("status").GetInt32(), Is.EqualTo((int)status));
        Assert.That(problem.GetProperty("title").GetString(), Is.Not.Empty);
        Assert.That(problem.GetProperty("traceId").GetString(), Is.Not.Empty);
        return problem;
    }

    public static async Task<JsonElement> IsValidationProblem(HttpResponseMessage response, params string[] fields)
    {
        var problem = await IsProblem(response, HttpStatusCode.BadRequest);
        var errors = problem.GetProperty("errors").EnumerateObject().Select(e => e.Name).ToList();
        Assert.That(errors, Is.SupersetOf(fields));
        return problem;
    }
}
