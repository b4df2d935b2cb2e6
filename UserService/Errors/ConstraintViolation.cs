using Microsoft.Data.SqlClient;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;

namespace UserService.Errors;

/// <summary>Recognises the constraint violations the service turns into answers, on either provider.</summary>
internal static class ConstraintViolation
{
    private const int SqliteConstraintUnique = 2067;
    private const int SqliteConstraintForeignKey = 787;
    private const int SqlServerDuplicateKeyRow = 2601;
    private const int SqlServerUniqueConstraint = 2627;
    private const int SqlServerConstraintConflict = 547;

    /// <summary>A unique index: the lost race of a duplicate insert.</summary>
    public static bool IsUnique(DbUpdateException exception) => exception.InnerException switch
    {
        SqliteException sqlite => sqlite.SqliteExtendedErrorCode == SqliteConstraintUnique,
        SqlException sql => sql.Number is SqlServerDuplicateKeyRow or SqlServerUniqueConstraint,
        _ => false,
    };

    /// <summary>A foreign key: a row written for a user deleted meanwhile.</summary>
    public static bool IsForeignKey(DbUpdateException exception) => exception.InnerException switch
    {
        SqliteException sqlite => sqlite.SqliteExtendedErrorCode == SqliteConstraintForeignKey,
        SqlException sql => sql.Number == SqlServerConstraintConflict,
        _ => false,
    };
}
