namespace PostService.Tests.Infrastructure;

/// <summary>The providers an integration fixture can run against.</summary>
public enum TestDatabase
{
    Sqlite,
    SqlServer,
}
