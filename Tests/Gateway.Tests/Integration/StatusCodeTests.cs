using System.Net;
using Gateway.Tests.Integration.Support;

namespace Gateway.Tests.Integration;

/// <summary>The gateway's own answers (spec §6): problem details with our status codes.</summary>
public sealed class StatusCodeTests
{
    [Test]
    public async Task Get_DownstreamSlowerThanQoSTimeout_Answers504Problem()
    {
        await using var backend = await TestBackend.StartAsync("slow");
        using var file = new RouteFile(Routes.File([Routes.ByHost("/{everything}", "/{everything}", backend)
            .With("QoSOptions", new { TimeoutValue = 500 })]));
        await using var gateway = GatewayFactory.Start(file.Path);
        using var client = gateway.Client();

        using var response = await client.GetAsync("/slow");

        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.GatewayTimeout));
        Assert.That((await response.ProblemAsync()).GetProperty("status").GetInt32(), Is.EqualTo(504));
    }

    [Test]
    public async Task Post_BodyOverOneMegabyte_Answers413Problem()
    {
        await using var backend = await TestBackend.StartAsync("big");
        using var file = new RouteFile(Routes.File([Routes.ByHost("/{everything}", "/{everything}", backend)]));
        await using var gateway = GatewayFactory.Start(file.Path);
        using var client = gateway.Client();

        using var response = await client.PostAsync("/upload", new ByteArrayContent(new byte[(1024 * 1024) + 1]));

        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.RequestEntityTooLarge));
        Assert.That((await response.ProblemAsync()).GetProperty("status").GetInt32(), Is.EqualTo(413));
        Assert.That(backend.Requests, Is.Empty);
    }

    [Test]
    public async Task Post_ChunkedBodyOverOneMegabyte_Answers413Problem()
    {
        await using var backend = await TestBackend.StartAsync("chunked");
        using var file = new RouteFile(Routes.File([Routes.ByHost("/{everything}", "/{everything}", backend)]));
        await using var gateway = GatewayFactory.Start(file.Path);
        using var client = gateway.Client();
        using var content = new StreamContent(new MemoryStream(new byte[2 * 1024 * 1024]));
        content.Headers.ContentLength = null;
        using var request = new HttpRequestMessage(HttpMethod.Post, "/upload") { Content = content };
        request.Headers.TransferEncodingChunked = true;

        using var response = await client.SendAsync(request);

        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.RequestEntityTooLarge));
    }

    [Test]
    public async Task Get_NoRouteMatches_Answers404Problem()
    {
        await using var backend = await TestBackend.StartAsync("unused");
        using var file = new RouteFile(Routes.File([Routes.ByHost("/api/{everything}", "/api/{everything}", backend)]));
        await using var gateway = GatewayFactory.Start(file.Path);
        using var client = gateway.Client();

        using var response = await client.GetAsync("/nothing/here");

        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.NotFound));
        Assert.That((await response.ProblemAsync()).GetProperty("status").GetInt32(), Is.EqualTo(404));
    }
}
