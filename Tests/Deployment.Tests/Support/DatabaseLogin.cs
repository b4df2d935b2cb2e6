namespace Deployment.Tests.Support;

/// <summary>
/// A login provision.sql creates: the one database it is a user of, its roles there, and the
/// environment variable of provision.sh its password comes from.
/// </summary>
internal sealed record DatabaseLogin(string Name, string Database, string PasswordVariable, IReadOnlySet<string> Roles)
{
    public static readonly IReadOnlySet<string> RuntimeRoles = new HashSet<string> { "db_datareader", "db_datawriter" };

    public static readonly IReadOnlySet<string> MigrationRoles = new HashSet<string> { "db_owner" };

    public override string ToString() => $"{Name} ({Database}: {string.Join(", ", Roles.Order())})";
}
