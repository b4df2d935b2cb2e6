using EndToEnd.Tests.Infrastructure;
using Microsoft.Playwright;

namespace EndToEnd.Tests.Browser;

/// <summary>
/// A person using the gateway's Swagger UI in a real Chromium: picks a service's document, tries an
/// operation and sees the live answer, which has to travel through the gateway.
/// </summary>
[TestFixture]
[Category("Browser")]
public sealed class SwaggerUiBrowserTests
{
    private const string ChromiumPath = "/usr/bin/chromium";
    private const float WaitMs = 15_000;

    private SeededSystem _seeded = null!;
    private IPlaywright _playwright = null!;
    private IBrowser _browser = null!;

    [OneTimeSetUp]
    public async Task StartBrowser()
    {
        if (!File.Exists(ChromiumPath))
        {
            Assert.Ignore($"Chromium is not installed at {ChromiumPath} (CI installs it: apt-get install chromium).");
        }

        _seeded = await SharedSystem.GetAsync();
        _playwright = await Playwright.CreateAsync();
        _browser = await _playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions
        {
            ExecutablePath = ChromiumPath,
            Headless = true,
            Timeout = WaitMs,
            Args = ["--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run", "--disable-background-networking", "--disable-component-update", "--disable-sync"],
        });
    }

    [OneTimeTearDown]
    public async Task StopBrowser()
    {
        if (_browser is not null)
        {
            await _browser.DisposeAsync();
        }

        _playwright?.Dispose();
    }

    [TearDown]
    public void AttachLogsOnFailure()
    {
        if (TestOutcome.CurrentTestFailed)
        {
            _seeded?.System.AttachLogs();
        }
    }

    [Test]
    public async Task TryItOut_GetUserThroughGatewaySwagger_ShowsTheUser()
    {
        var user = _seeded.Users[3].User;
        await using var context = await _browser.NewContextAsync(new BrowserNewContextOptions { ViewportSize = new ViewportSize { Width = 1280, Height = 2000 } });
        var page = await context.NewPageAsync();
        page.SetDefaultTimeout(WaitMs);

        try
        {
            await page.GotoAsync(new Uri(_seeded.System.Gateway.BaseAddress, "/swagger").ToString());
            var definitions = page.Locator("select#select");
            await SelectDefinitionAsync(page, definitions, "post", "/api/posts/{id}");
            await SelectDefinitionAsync(page, definitions, "user", "/api/users/{id}");
            var operation = await TryItOutAsync(page, "/api/users/{id}", user.Id.ToString());

            var status = operation.Locator(".live-responses-table tr.response td.response-col_status");
            await Assertions.Expect(status).ToHaveTextAsync("200", new() { Timeout = WaitMs });
            var body = await operation.Locator(".live-responses-table tr.response td.response-col_description").InnerTextAsync();
            var requestUrl = await operation.Locator(".request-url pre").InnerTextAsync();

            Assert.Multiple(() =>
            {
                Assert.That(body, Does.Contain(user.UserName));
                Assert.That(requestUrl, Does.StartWith(_seeded.System.Gateway.BaseAddress.ToString().TrimEnd('/')),
                    "Try it out goes through the gateway, not straight to the service");
            });
        }
        finally
        {
            await SaveScreenshotAsync(page);
        }
    }

    private static async Task SelectDefinitionAsync(IPage page, ILocator definitions, string nameContains, string expectedPath)
    {
        await definitions.WaitForAsync();
        var labels = await definitions.Locator("option").AllInnerTextsAsync();
        var label = labels.FirstOrDefault(l => l.Contains(nameContains, StringComparison.OrdinalIgnoreCase));
        Assert.That(label, Is.Not.Null, $"no definition named like '{nameContains}' in [{string.Join(", ", labels)}]");

        await definitions.SelectOptionAsync(new SelectOptionValue { Label = label });

        await page.Locator($".opblock-summary-path[data-path='{expectedPath}']").First.WaitForAsync();
    }

    private static async Task<ILocator> TryItOutAsync(IPage page, string path, string id)
    {
        var operation = page.Locator(".opblock.opblock-get").Filter(new LocatorFilterOptions
        {
            Has = page.Locator($".opblock-summary-path[data-path='{path}']"),
        }).First;
        await operation.Locator(".opblock-summary").ClickAsync();
        await operation.Locator("button.try-out__btn").ClickAsync();
        await operation.Locator("tr[data-param-name='id'] input").FillAsync(id);
        await operation.Locator("button.execute").ClickAsync();
        return operation;
    }

    private static async Task SaveScreenshotAsync(IPage page)
    {
        var path = Path.Combine(TestContext.CurrentContext.WorkDirectory, $"swagger-ui-{DateTime.UtcNow:HHmmss}.png");
        await page.ScreenshotAsync(new PageScreenshotOptions { Path = path, FullPage = true });
        TestContext.AddTestAttachment(path, "The gateway's Swagger UI after Try it out");
    }
}
