using Microsoft.Data.SqlClient;
using ServiceDefaults.Options;

namespace UserService.Tests.Support;

/// <summary>Where integration tests get a database: SQLite always, SQL Server when TEST_SQLSERVER is set.</summary>
internal static class TestDatabases
{
    public const string SqlServerVariable = "TEST_SQLSERVER";

    public static string? SqlServer => Environment.GetEnvironmentVariable(SqlServerVariable) is { Length: > 0 } value ? value : null;

    /// <summary>Reports the calling fixture or test as skipped when its provider is not available.</summary>
    public static void RequireAvailable(DatabaseProvider provider)
    {
        if (provider == DatabaseProvider.SqlServer && SqlServer is null)
        {
            Assert.Ignore($"{SqlServerVariable} not set");
        }
    }

    /// <summary>The TEST_SQLSERVER server with a database of its own, so fixtures never share rows.</summary>
    public static string IsolatedSqlServerDatabase(string name) =>
        new SqlConnectionStringBuilder(SqlServer) { InitialCatalog = name }.ConnectionString;
}
