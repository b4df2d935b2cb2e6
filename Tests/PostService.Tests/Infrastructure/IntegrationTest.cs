namespace PostService.Tests.Infrastructure;

/// <summary>
/// A fixture with its own running service, on SQLite or (when <c>TEST_SQLSERVER</c> is set) SQL
/// Server. Without that variable the SQL Server fixtures are reported as skipped.
/// </summary>
public abstract class IntegrationTest(TestDatabase database)
{
    protected PostServiceFactory Factory { get; private set; } = null!;

    [OneTimeSetUp]
    public void StartService()
    {
        if (database == TestDatabase.SqlServer && PostServiceFactory.SqlServerConnectionString is null)
        {
            Assert.Ignore($"{PostServiceFactory.SqlServerVariable} not set");
        }

        Factory = CreateFactory(database);
    }

    [OneTimeTearDown]
    public void StopService() => Factory?.Dispose();

    protected virtual PostServiceFactory CreateFactory(TestDatabase provider) => new(provider);

    protected HttpClient Anonymous() => Factory.CreateClient();

    protected HttpClient As(Guid userId) => Factory.CreateClient().WithToken(Factory.Tokens.For(userId));
}
