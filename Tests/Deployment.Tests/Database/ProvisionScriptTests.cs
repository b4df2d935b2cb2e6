using System.Text.RegularExpressions;
using Deployment.Tests.Support;

namespace Deployment.Tests.Database;

/// <summary>
/// provision.sql, read as sqlcmd reads it: it can be run on every deploy, gives each login only its
/// own database, and no password can break out of the literal it ends up in.
/// </summary>
[TestFixture]
public sealed class ProvisionScriptTests
{
    private ProvisionScripts _scripts = null!;

    [OneTimeSetUp]
    public void Load() => _scripts = ProvisionScripts.Load();

    [Test]
    public void Script_EveryVariable_IsAPasswordTheRunnerEncodes()
    {
        var encoded = _scripts.PasswordVariables.Select(v => v + ProvisionScripts.HexSuffix);

        // sqlcmd stops at an undefined variable; an unused password is a login left unprovisioned.
        Assert.That(_scripts.ScriptVariables, Is.EquivalentTo(encoded).Using((IEqualityComparer<string>)StringComparer.OrdinalIgnoreCase));
    }

    [Test]
    public void Script_EveryVariable_IsSplicedAsABinaryLiteral()
    {
        // Inside N'...' a quote in a password would end the literal; hex digits after 0x cannot.
        var outsideBinaryLiteral = Regex.Matches(_scripts.Sql, @"(?<!0x)\$\(\w+\)").Select(m => m.Value);

        Assert.That(outsideBinaryLiteral, Is.Empty);
    }

    [Test]
    public void Script_Password_MeetsSqlTextOnlyAsAQuotedLiteral()
    {
        var passwordClauses = Regex.Matches(_scripts.Sql, @"WITH PASSWORD = ' \+ (\S+)").Select(m => m.Groups[1].Value).ToList();

        Assert.That(passwordClauses, Has.Count.EqualTo(2).And.All.EqualTo("@literal"), "CREATE LOGIN and ALTER LOGIN");
        Assert.That(_scripts.Sql, Does.Contain("@literal nvarchar(300) = N'N''' + REPLACE(@password, N'''', N'''''') + N''''"));
    }

    [TestCase("CREATE DATABASE", "IF DB_ID(@database) IS NULL")]
    [TestCase("CREATE LOGIN", "IF NOT EXISTS (SELECT 1 FROM sys.sql_logins WHERE name = @login)")]
    [TestCase("ALTER LOGIN", "PWDCOMPARE(@password, password_hash) = 1")]
    [TestCase("CREATE USER", "IF DATABASE_PRINCIPAL_ID(@login) IS NULL")]
    [TestCase("ALTER ROLE", "IF IS_ROLEMEMBER(@role, @login) = 0")]
    public void Script_Statement_RunsOnlyWhenItsGuardFindsWorkToDo(string statement, string guard)
    {
        var batches = Regex.Split(_scripts.Sql, @"^GO\s*$", RegexOptions.Multiline);
        var withStatement = batches.Where(b => b.Contains(statement, StringComparison.Ordinal)).ToList();

        Assert.That(withStatement, Is.Not.Empty, $"no {statement} at all");
        Assert.That(
            withStatement.Where(b => b.IndexOf(guard, StringComparison.Ordinal) is var at && (at < 0 || at > b.IndexOf(statement, StringComparison.Ordinal))),
            Is.Empty,
            $"{statement} must follow '{guard}' in its batch, or a second run fails");
    }

    [Test]
    public void Script_Procedures_AreTemporary()
    {
        var procedures = Regex.Matches(_scripts.Sql, @"CREATE (?:OR ALTER )?PROC(?:EDURE)? (\S+)").Select(m => m.Groups[1].Value).ToList();

        // A #procedure lives for sqlcmd's session only: nothing is left behind in master.
        Assert.That(procedures, Is.Not.Empty.And.All.StartWith("#"));
    }

    [Test]
    public void Script_Logins_AreAMigratorAndARuntimeLoginPerServiceDatabase()
    {
        var logins = _scripts.Logins.Select(l => (l.Name, l.Database, Roles: string.Join(",", l.Roles.Order())));

        Assert.That(logins, Is.EquivalentTo(new[]
        {
            ("users_migrator", "Users", "db_owner"),
            ("users_app", "Users", "db_datareader,db_datawriter"),
            ("posts_migrator", "Posts", "db_owner"),
            ("posts_app", "Posts", "db_datareader,db_datawriter"),
        }));
    }

    [Test]
    public void Script_EveryLogin_IsAUserOfItsOwnDatabaseOnly()
    {
        var elsewhere = _scripts.Users
            .Where(u => _scripts.Login(u.Login).Database != u.Database)
            .Select(u => $"{u.Login} in {u.Database}");

        Assert.That(elsewhere, Is.Empty);
    }

    [Test]
    public void Script_EveryLogin_HasItsOwnPassword()
    {
        var variables = _scripts.Logins.Select(l => l.PasswordVariable).ToList();

        Assert.That(variables, Is.Unique);
    }
}
