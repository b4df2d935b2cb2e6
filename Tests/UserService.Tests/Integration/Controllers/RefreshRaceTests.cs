using System.Net;
using System.Net.Http.Json;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using ServiceDefaults.Options;
using Shared.Contracts.Auth;
using UserService.Data;
using UserService.Tests.Support;

namespace UserService.Tests.Integration.Controllers;

/// <summary>Two refreshes with one token, both past the lookup before either writes.</summary>
[TestFixture(DatabaseProvider.Sqlite)]
[TestFixture(DatabaseProvider.SqlServer)]
internal sealed class RefreshRaceTests(DatabaseProvider provider) : IntegrationTest(provider)
{
    private readonly QueryGate _lookups = new("TokenHash", parties: 2);

    [Test]
    public async Task Refresh_SameTokenTwiceAtOnce_ExactlyOneSucceedsAndTheSessionEnds()
    {
        var (user, _) = await Client.Register();
        var login = await Client.Login(user.UserName);

        var responses = await Task.WhenAll(Client.Refresh(login.RefreshToken), Client.Refresh(login.RefreshToken));

        try
        {
            Assert.That(_lookups.AllArrived, Is.True, "the two lookups did not overlap");
            Assert.That(responses.Select(r => r.StatusCode), Is.EquivalentTo(new[] { HttpStatusCode.OK, HttpStatusCode.Unauthorized }));
            var winner = await responses.Single(r => r.IsSuccessStatusCode).Content.ReadFromJsonAsync<TokenResponse>();
            using var next = await Client.Refresh(winner!.RefreshToken);
            await ProblemAssert.IsProblem(next, HttpStatusCode.Unauthorized);
        }
        finally
        {
            foreach (var response in responses)
            {
                response.Dispose();
            }
        }
    }

    protected override UserServiceFactory CreateFactory() => new(Provider)
    {
        TestServices = services =>
        {
            if (Provider == DatabaseProvider.SqlServer)
            {
                services.ConfigureDbContext<SqlServerUsersDbContext>(db => db.AddInterceptors(_lookups));
            }
            else
            {
                services.ConfigureDbContext<SqliteUsersDbContext>(db => db.AddInterceptors(_lookups));
            }
        },
    };
}
