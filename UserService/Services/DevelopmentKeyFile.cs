using System.Security.Cryptography;

namespace UserService.Services;

/// <summary>
/// The development signing key file. Two local instances may start together, so the file is
/// published atomically (written aside, then moved into place without overwrite): whoever loses
/// the race reads the winner's key instead of replacing it.
/// </summary>
internal static partial class DevelopmentKeyFile
{
    private const int KeySizeBits = 2048;
    private const int ReadAttempts = 20;
    private static readonly TimeSpan ReadRetryDelay = TimeSpan.FromMilliseconds(100);

    public static string ReadOrCreate(string path, ILogger logger)
    {
        if (TryRead(path) is { } existing)
        {
            return existing;
        }

        using var rsa = RSA.Create(KeySizeBits);
        var pem = rsa.ExportPkcs8PrivateKeyPem();
        var temporary = $"{path}.{Guid.NewGuid():N}.tmp";
        File.WriteAllText(temporary, pem);
        try
        {
            File.Move(temporary, path, overwrite: false);
            LogGenerated(logger, path);
            return pem;
        }
        catch (IOException) when (File.Exists(path))
        {
            return WaitAndRead(path);
        }
        finally
        {
            File.Delete(temporary);
        }
    }

    private static string WaitAndRead(string path)
    {
        for (var attempt = 0; attempt < ReadAttempts; attempt++)
        {
            if (TryRead(path) is { } pem)
            {
                return pem;
            }

            Thread.Sleep(ReadRetryDelay);
        }

        throw new InvalidOperationException($"The development signing key '{path}' exists but holds no readable RSA key.");
    }

    private static string? TryRead(string path)
    {
        try
        {
            var pem = File.ReadAllText(path);
            using var rsa = RSA.Create();
            rsa.ImportFromPem(pem);
            return pem;
        }
        catch (Exception e) when (e is FileNotFoundException or ArgumentException or CryptographicException)
        {
            return null;
        }
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "Generated a development signing key at {Path}; configure Jwt:PrivateKeyPem outside Development")]
    private static partial void LogGenerated(ILogger logger, string path);
}
