using System.Data.Common;

namespace Deployment.Tests.Support;

/// <summary>The parts of an ADO.NET SQL Server connection string the deployment checks read.</summary>
internal sealed record SqlConnectionString(string? Server, string? Database, string? UserId, string? Password)
{
    public static SqlConnectionString Parse(string connectionString)
    {
        var builder = new DbConnectionStringBuilder { ConnectionString = connectionString };
        return new SqlConnectionString(
            Value(builder, "Server", "Data Source"),
            Value(builder, "Database", "Initial Catalog"),
            Value(builder, "User Id", "UID", "User"),
            Value(builder, "Password", "PWD"));
    }

    private static string? Value(DbConnectionStringBuilder builder, params string[] synonyms) =>
        synonyms.Select(key => builder.TryGetValue(key, out var value) ? value as string : null).FirstOrDefault(v => v is not null);
}
