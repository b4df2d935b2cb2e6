using System.Net;
using System.Net.Http.Json;
using EndToEnd.Tests.Infrastructure;
using Shared.Contracts.Auth;

namespace EndToEnd.Tests.Functional;

/// <summary>The token endpoint is rate limited per client, so passwords cannot be guessed at speed.</summary>
[TestFixture]
public sealed class GatewayRateLimitTests
{
    private const int MaxAttempts = 200;

    private SeededSystem _seeded = null!;

    [OneTimeSetUp]
    public async Task StartSystem() => _seeded = await SharedSystem.GetAsync();

    [TearDown]
    public void AttachLogsOnFailure()
    {
        if (TestOutcome.CurrentTestFailed)
        {
            _seeded.System.AttachLogs();
        }
    }

    [Test]
    public async Task Token_BeyondTheLimit_Returns429WithRetryAfterAndSparesOtherClients()
    {
        var header = GatewayRouteFiles.ClientIdHeader();
        using var greedy = ClientWithId(header, "greedy-" + Guid.NewGuid().ToString("N"));
        using var polite = ClientWithId(header, "polite-" + Guid.NewGuid().ToString("N"));
        var user = _seeded.Users[2];

        var (allowed, limited) = await RequestTokensUntilLimitedAsync(greedy, new TokenRequest(user.User.UserName, user.Password));
        using var other = await polite.PostAsJsonAsync(new Uri("/api/auth/token", UriKind.Relative), new TokenRequest(user.User.UserName, user.Password));

        Assert.That(limited, Is.Not.Null, $"no 429 after {MaxAttempts} token requests");
        Assert.Multiple(() =>
        {
            Assert.That(allowed, Is.GreaterThan(0), "requests within the limit are served");
            Assert.That(limited!.Headers.RetryAfter, Is.Not.Null, "a 429 says when to come back");
            Assert.That(RetryAfterSeconds(limited), Is.GreaterThan(0));
            Assert.That(other.StatusCode, Is.EqualTo(HttpStatusCode.OK), "another client has its own window");
        });
        limited!.Dispose();
    }

    private HttpClient ClientWithId(string header, string id)
    {
        var client = _seeded.System.CreateGatewayClient();
        client.DefaultRequestHeaders.Add(header, id);
        return client;
    }

    private static async Task<(int Allowed, HttpResponseMessage? Limited)> RequestTokensUntilLimitedAsync(HttpClient client, TokenRequest login)
    {
        var allowed = 0;
        for (var attempt = 0; attempt < MaxAttempts; attempt++)
        {
            var response = await client.PostAsJsonAsync(new Uri("/api/auth/token", UriKind.Relative), login);
            if (response.StatusCode == HttpStatusCode.TooManyRequests)
            {
                return (allowed, response);
            }

            Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.OK), $"attempt {attempt + 1} before the limit");
            response.Dispose();
            allowed++;
        }

        return (allowed, null);
    }

    private static double RetryAfterSeconds(HttpResponseMessage response) =>
        response.Headers.RetryAfter?.Delta?.TotalSeconds
        ?? (response.Headers.RetryAfter?.Date - DateTimeOffset.UtcNow)?.TotalSeconds
        ?? 0;
}
