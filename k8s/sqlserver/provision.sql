-- One database per service and two logins for each ("Database logins" in README.md):
--   <db>_migrator  db_owner of its database only: used by the `migrate` step, nothing else.
--   <db>_app       db_datareader + db_datawriter of its database only: the running service.
-- Idempotent: every object is created only when missing, and a login whose password differs
-- from the supplied one gets the new one (that is how a password is rotated). Run as sa by
-- provision.sh, which passes each password as a sqlcmd variable holding its UTF-16LE bytes in
-- hex: hex digits cannot end a string literal or form a sqlcmd variable reference, whatever the
-- password holds. (sqlcmd substitutes variables in comments too: none is named in one.)
SET NOCOUNT ON;
SET XACT_ABORT ON;
GO

CREATE PROCEDURE #EnsureDatabase @database sysname
AS
IF DB_ID(@database) IS NULL
BEGIN
    DECLARE @sql nvarchar(max) = N'CREATE DATABASE ' + QUOTENAME(@database) + N';';
    EXEC (@sql);
END;
GO

CREATE PROCEDURE #EnsureLogin @login sysname, @passwordUtf16 varbinary(max), @database sysname
AS
-- sys.sql_logins stores nvarchar passwords; 128 characters is the most a login accepts.
IF @passwordUtf16 IS NULL OR DATALENGTH(@passwordUtf16) NOT BETWEEN 2 AND 256 OR DATALENGTH(@passwordUtf16) % 2 = 1
    THROW 50001, N'A login password is empty, longer than 128 characters or not UTF-16 encoded.', 1;
DECLARE @password nvarchar(128) = CONVERT(nvarchar(128), @passwordUtf16);
-- The only place a password meets SQL text: as one N'...' literal with its quotes doubled.
DECLARE @literal nvarchar(300) = N'N''' + REPLACE(@password, N'''', N'''''') + N'''';
DECLARE @sql nvarchar(max);
IF NOT EXISTS (SELECT 1 FROM sys.sql_logins WHERE name = @login)
    SET @sql = N'CREATE LOGIN ' + QUOTENAME(@login) + N' WITH PASSWORD = ' + @literal
        + N', DEFAULT_DATABASE = ' + QUOTENAME(@database) + N', CHECK_POLICY = ON, CHECK_EXPIRATION = OFF;';
-- PWDCOMPARE: unchanged passwords are left alone, so a re-run rotates nothing.
ELSE IF NOT EXISTS (SELECT 1 FROM sys.sql_logins WHERE name = @login AND PWDCOMPARE(@password, password_hash) = 1)
    SET @sql = N'ALTER LOGIN ' + QUOTENAME(@login) + N' WITH PASSWORD = ' + @literal + N';';
IF @sql IS NOT NULL
    EXEC (@sql);
GO

CREATE PROCEDURE #EnsureUser @database sysname, @login sysname, @role sysname
AS
-- Runs in @database: <database>.sys.sp_executesql executes there.
DECLARE @executeInDatabase nvarchar(300) = QUOTENAME(@database) + N'.sys.sp_executesql';
DECLARE @user nvarchar(300) = QUOTENAME(@login);
-- ALTER USER ... WITH LOGIN re-links a user orphaned by a restore onto another server.
DECLARE @sql nvarchar(max) =
    N'IF DATABASE_PRINCIPAL_ID(@login) IS NULL CREATE USER ' + @user + N' FOR LOGIN ' + @user + N';'
    + N' ELSE ALTER USER ' + @user + N' WITH LOGIN = ' + @user + N';'
    + N' IF IS_ROLEMEMBER(@role, @login) = 0 ALTER ROLE ' + QUOTENAME(@role) + N' ADD MEMBER ' + @user + N';';
EXEC @executeInDatabase @sql, N'@login sysname, @role sysname', @login = @login, @role = @role;
GO

EXEC #EnsureDatabase N'Users';
EXEC #EnsureLogin N'users_migrator', 0x$(USERS_MIGRATOR_PASSWORD_HEX), N'Users';
EXEC #EnsureUser N'Users', N'users_migrator', N'db_owner';
EXEC #EnsureLogin N'users_app', 0x$(USERS_APP_PASSWORD_HEX), N'Users';
EXEC #EnsureUser N'Users', N'users_app', N'db_datareader';
EXEC #EnsureUser N'Users', N'users_app', N'db_datawriter';
GO

EXEC #EnsureDatabase N'Posts';
EXEC #EnsureLogin N'posts_migrator', 0x$(POSTS_MIGRATOR_PASSWORD_HEX), N'Posts';
EXEC #EnsureUser N'Posts', N'posts_migrator', N'db_owner';
EXEC #EnsureLogin N'posts_app', 0x$(POSTS_APP_PASSWORD_HEX), N'Posts';
EXEC #EnsureUser N'Posts', N'posts_app', N'db_datareader';
EXEC #EnsureUser N'Posts', N'posts_app', N'db_datawriter';
GO
