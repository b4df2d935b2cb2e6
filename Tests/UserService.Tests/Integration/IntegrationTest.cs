using ServiceDefaults.Options;
using UserService.Tests.Support;

namespace UserService.Tests.Integration;

/// <summary>
/// One hosted service per fixture and provider. Without TEST_SQLSERVER the SQL Server variants
/// are reported as skipped.
/// </summary>
internal abstract class IntegrationTest(DatabaseProvider provider)
{
    protected DatabaseProvider Provider => provider;

    protected UserServiceFactory Factory { get; private set; } = null!;

    protected HttpClient Client { get; private set; } = null!;

    [OneTimeSetUp]
    public void StartService()
    {
        TestDatabases.RequireAvailable(provider);
        Factory = CreateFactory();
        Client = Factory.CreateClient();
    }

    [OneTimeTearDown]
    public void StopService()
    {
        Client?.Dispose();
        Factory?.Dispose();
    }

    protected virtual UserServiceFactory CreateFactory() => new(provider);
}
