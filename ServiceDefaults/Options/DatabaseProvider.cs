namespace ServiceDefaults.Options;

/// <summary>The supported EF Core providers.</summary>
public enum DatabaseProvider
{
    Sqlite,
    SqlServer,
}
