using System.Net;
using System.Text.Json;

namespace PostService.Tests.Infrastructure;

/// <summary>Checks the RFC 9457 shape every error of the service has.</summary>
internal static class ProblemAssert
{
    public static async Task<JsonElement> IsProblemAsync(HttpResponseMessage response, HttpStatusCode status)
    {
        var text = await response.Content.ReadAsStringAsync();
        Assert.That(response.StatusCode, Is.EqualTo(status), text);
        Assert.That(response.Content.Headers.ContentType?.MediaType, Is.EqualTo("application/problem+json"), text);

        var problem = JsonDocument.Parse(text).RootElement;
        Assert.Multiple(() =>
        {
            Assert.That(problem.GetProperty("status").GetInt32(), Is.EqualTo((int)status));
            Assert.That(problem.GetProperty("title").GetString(), Is.Not.Empty);
            Assert.That(problem.GetProperty("traceId").GetString(), Is.Not.Empty);
            Assert.That(text, Does.Not.Contain("   at "), "no stack trace");
        });
        return problem;
    }

    /// <summary>A 400 validation problem whose <c>errors</c> name exactly <paramref name="field"/> (camelCase).</summary>
    public static async Task HasValidationErrorAsync(HttpResponseMessage response, string field)
    {
        var problem = await IsProblemAsync(response, HttpStatusCode.BadRequest);
        var errors = problem.GetProperty("errors").EnumerateObject().Select(e => e.Name).ToList();
        Assert.That(errors, Is.EqualTo(new[] { field }));
    }
}
