using System.Net;
using System.Text.Json;

namespace Gateway.Tests.Fakes.KubernetesApi;

/// <summary>The fake must speak the API server's wire format, or every suite built on it proves nothing.</summary>
public sealed class FakeKubernetesApiServerTests
{
    private const string SlicesPath = "/apis/discovery.k8s.io/v1/namespaces/ns/endpointslices";
    private const string Selector = "labelSelector=kubernetes.io%2Fservice-name%3Dsvc";

    private FakeKubernetesApiServer _api = null!;
    private HttpClient _http = null!;

    [SetUp]
    public async Task SetUp()
    {
        _api = new FakeKubernetesApiServer();
        await _api.StartAsync();
        _http = new HttpClient { BaseAddress = _api.Url, Timeout = TimeSpan.FromSeconds(5) };
    }

    [TearDown]
    public async Task TearDown()
    {
        _http.Dispose();
        await _api.DisposeAsync();
    }

    [Test]
    public async Task List_MatchingSlices_ReturnsEndpointSliceListWithResourceVersion()
    {
        _api.SetEndpoints("ns", "svc", new EndpointSpec("10.0.0.1"));
        _api.SetEndpoints("ns", "other", new EndpointSpec("10.0.0.2"));

        using var json = JsonDocument.Parse(await _http.GetStringAsync($"{SlicesPath}?{Selector}"));

        var root = json.RootElement;
        Assert.That(root.GetProperty("kind").GetString(), Is.EqualTo("EndpointSliceList"));
        Assert.That(root.GetProperty("metadata").GetProperty("resourceVersion").GetString(), Is.Not.Empty);
        var items = root.GetProperty("items");
        Assert.That(items.GetArrayLength(), Is.EqualTo(1));
        Assert.That(items[0].GetProperty("endpoints")[0].GetProperty("addresses")[0].GetString(), Is.EqualTo("10.0.0.1"));
        Assert.That(_api.ListCount, Is.EqualTo(1));
    }

    [Test]
    public async Task Watch_WithoutResourceVersion_StreamsAddedEventsAsUppercaseTypes()
    {
        _api.SetEndpoints("ns", "svc", new EndpointSpec("10.0.0.1"));

        var line = await FirstWatchLineAsync($"{SlicesPath}?watch=1&{Selector}");

        using var json = JsonDocument.Parse(line);
        Assert.That(json.RootElement.GetProperty("type").GetString(), Is.EqualTo("ADDED"));
        Assert.That(json.RootElement.GetProperty("object").GetProperty("kind").GetString(), Is.EqualTo("EndpointSlice"));
        Assert.That(_api.WatchCount, Is.EqualTo(1));
    }

    [Test]
    public async Task Watch_FromExpiredResourceVersion_SendsErrorEvent410()
    {
        _api.SetEndpoints("ns", "svc", new EndpointSpec("10.0.0.1"));
        _api.CompactHistory();

        var line = await FirstWatchLineAsync($"{SlicesPath}?watch=true&resourceVersion=1&{Selector}");

        using var json = JsonDocument.Parse(line);
        Assert.That(json.RootElement.GetProperty("type").GetString(), Is.EqualTo("ERROR"));
        var status = json.RootElement.GetProperty("object");
        Assert.That(status.GetProperty("kind").GetString(), Is.EqualTo("Status"));
        Assert.That(status.GetProperty("code").GetInt32(), Is.EqualTo(410));
        Assert.That(status.GetProperty("reason").GetString(), Is.EqualTo("Expired"));
    }

    [Test]
    public async Task List_UnsupportedSelector_Returns400()
    {
        using var response = await _http.GetAsync($"{SlicesPath}?labelSelector=a!%3Db");

        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.BadRequest));
    }

    [Test]
    public async Task RestartAsync_AfterStop_ServesSameStateOnSamePort()
    {
        _api.SetEndpoints("ns", "svc", new EndpointSpec("10.0.0.1"));
        var url = _api.Url;

        await _api.StopAsync();
        var refusedWhileDown = await IsRefusedAsync();
        await _api.RestartAsync();
        var body = await _http.GetStringAsync($"{SlicesPath}?{Selector}");

        Assert.That(refusedWhileDown, Is.True);
        Assert.That(_api.Url, Is.EqualTo(url));
        Assert.That(body, Does.Contain("10.0.0.1"));
    }

    private async Task<string> FirstWatchLineAsync(string path)
    {
        using var response = await _http.GetAsync(path, HttpCompletionOption.ResponseHeadersRead);
        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.OK));
        using var reader = new StreamReader(await response.Content.ReadAsStreamAsync());
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(5));
        return await reader.ReadLineAsync(timeout.Token) ?? throw new AssertionException("the watch ended without an event");
    }

    private async Task<bool> IsRefusedAsync()
    {
        try
        {
            using var response = await _http.GetAsync($"{SlicesPath}?{Selector}");
            return false;
        }
        catch (HttpRequestException)
        {
            return true;
        }
    }
}
