using System.ComponentModel.DataAnnotations;

namespace ServiceDefaults.Options;

/// <summary>Which database a service uses and how it is prepared.</summary>
public sealed class DatabaseOptions
{
    public const string SectionName = "Database";

    /// <summary><see cref="DatabaseProvider.Sqlite"/> (embedded default) or <see cref="DatabaseProvider.SqlServer"/>.</summary>
    public DatabaseProvider Provider { get; set; } = DatabaseProvider.Sqlite;

    /// <summary>Apply pending migrations when the service starts.</summary>
    public bool MigrateOnStartup { get; set; } = true;

    /// <summary>Folder for the SQLite file and development key material, relative to the content root.</summary>
    [Required]
    public string DataDirectory { get; set; } = "data";
}
