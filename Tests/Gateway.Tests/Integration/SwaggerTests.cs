using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Gateway.Tests.Integration.Support;

namespace Gateway.Tests.Integration;

public sealed class SwaggerTests
{
    private const string UserServiceDocument = """
        {
          "openapi": "3.0.1",
          "info": { "title": "UserService", "version": "v1" },
          "paths": {
            "/api/users": { "get": { "summary": "list" }, "post": { "summary": "register" } },
            "/api/users/{id}": { "get": { "summary": "get" }, "delete": { "summary": "delete" } },
            "/internal/metrics": { "get": { "summary": "not routed" } }
          },
          "components": { "securitySchemes": { "Bearer": { "type": "http", "scheme": "bearer" } } }
        }
        """;

    [Test]
    public async Task GetDocument_RewritesPathsToTheGatewayAndDropsUnroutedOperations()
    {
        await using var users = await TestBackend.StartAsync("users");
        users.OpenApiDocument = UserServiceDocument;
        var discovery = new FakeServiceDiscovery();
        discovery.Set("userservice", users);
        using var file = new RouteFile(Routes.File([
            Routes.ByService("/gw/users/{everything}", "/api/users/{everything}", "userservice", "GET"),
            Routes.ByService("/gw/users", "/api/users", "userservice", "POST"),
        ]));
        await using var gateway = GatewayFactory.Start(file.Path, discovery);
        using var client = gateway.Client();

        var document = await client.GetFromJsonAsync<JsonElement>("/swagger/docs/userservice/swagger.json");

        var paths = document.GetProperty("paths");
        Assert.That(paths.EnumerateObject().Select(p => p.Name), Is.EquivalentTo(new[] { "/gw/users", "/gw/users/{id}" }));
        Assert.That(paths.GetProperty("/gw/users").EnumerateObject().Select(p => p.Name), Is.EquivalentTo(new[] { "get", "post" }));
        Assert.That(paths.GetProperty("/gw/users/{id}").EnumerateObject().Select(p => p.Name), Is.EquivalentTo(new[] { "get" }));
        Assert.That(document.GetProperty("servers")[0].GetProperty("url").GetString(), Is.EqualTo(gateway.Address.ToString().TrimEnd('/')));
        Assert.That(document.GetProperty("components").GetProperty("securitySchemes").TryGetProperty("Bearer", out _), Is.True);
    }

    [Test]
    public async Task GetDocument_AfterRouteFileChange_ShowsTheNewRoutes()
    {
        await using var users = await TestBackend.StartAsync("users");
        users.OpenApiDocument = UserServiceDocument;
        var discovery = new FakeServiceDiscovery();
        discovery.Set("userservice", users);
        using var file = new RouteFile(Routes.File([Routes.ByService("/old/users", "/api/users", "userservice", "GET")]));
        await using var gateway = GatewayFactory.Start(file.Path, discovery);
        using var client = gateway.Client();
        var before = await PathsAsync(client);

        file.Write(Routes.File([Routes.ByService("/new/users", "/api/users", "userservice", "GET")]));
        var changed = await Http.EventuallyAsync(async () => (await client.GetAsync("/new/users")).IsSuccessStatusCode);

        Assert.That((before, changed), Is.EqualTo((new[] { "/old/users" }, true)));
        Assert.That(await PathsAsync(client), Is.EqualTo(new[] { "/new/users" }));
    }

    [Test]
    public async Task GetUi_ListsEveryService()
    {
        var discovery = new FakeServiceDiscovery();
        using var file = new RouteFile(Routes.File([
            Routes.ByService("/a/{x}", "/a/{x}", "userservice"),
            Routes.ByService("/b/{x}", "/b/{x}", "postservice"),
        ]));
        await using var gateway = GatewayFactory.Start(file.Path, discovery);
        using var client = gateway.Client();

        using var response = await client.GetAsync("/swagger/index.js");
        var script = await response.Content.ReadAsStringAsync();

        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.OK));
        Assert.That(script, Does.Contain("/swagger/docs/userservice/swagger.json").And.Contain("/swagger/docs/postservice/swagger.json"));
    }

    [Test]
    public async Task GetDocument_ServiceWithoutInstances_Answers502Problem()
    {
        var discovery = new FakeServiceDiscovery();
        using var file = new RouteFile(Routes.File([Routes.ByService("/a/{x}", "/a/{x}", "userservice")]));
        await using var gateway = GatewayFactory.Start(file.Path, discovery);
        using var client = gateway.Client();

        using var response = await client.GetAsync("/swagger/docs/userservice/swagger.json");

        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.BadGateway));
    }

    private static async Task<string[]> PathsAsync(HttpClient client) =>
        (await client.GetFromJsonAsync<JsonElement>("/swagger/docs/userservice/swagger.json")).GetProperty("paths").EnumerateObject().Select(p => p.Name).ToArray();
}
