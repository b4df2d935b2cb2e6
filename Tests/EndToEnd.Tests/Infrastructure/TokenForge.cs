using System.Security.Cryptography;
using System.Text;
using System.Text.Json;

namespace EndToEnd.Tests.Infrastructure;

/// <summary>
/// Builds JWTs the way an attacker would: signed with a key of their own, unsigned
/// (<c>alg: none</c>), or with a real key but wrong claims. Written out by hand on purpose: a
/// library would refuse to produce most of these.
/// </summary>
internal static class TokenForge
{
    public const string Issuer = "microservices-userservice";
    public const string Audience = "microservices";

    public static string Signed(RSA key, Guid subject, DateTimeOffset expires, string issuer = Issuer, string audience = Audience, string? keyId = null)
    {
        var header = Encode(new Dictionary<string, object?> { ["alg"] = "RS256", ["typ"] = "JWT", ["kid"] = keyId });
        var payload = Encode(Claims(subject, expires, issuer, audience));
        var signature = key.SignData(Encoding.ASCII.GetBytes(header + "." + payload), HashAlgorithmName.SHA256, RSASignaturePadding.Pkcs1);
        return header + "." + payload + "." + Base64Url(signature);
    }

    public static string Unsigned(Guid subject) =>
        Encode(new Dictionary<string, object?> { ["alg"] = "none", ["typ"] = "JWT" }) + "." +
        Encode(Claims(subject, DateTimeOffset.UtcNow.AddHours(1), Issuer, Audience)) + ".";

    /// <summary>A genuine token whose payload is swapped for another subject, keeping the original signature.</summary>
    public static string WithSubjectReplaced(string genuine, Guid subject)
    {
        var parts = genuine.Split('.');
        var claims = JsonSerializer.Deserialize<Dictionary<string, JsonElement>>(FromBase64Url(parts[1]))!;
        var replaced = claims.ToDictionary(c => c.Key, c => (object?)c.Value);
        replaced["sub"] = subject.ToString();
        return parts[0] + "." + Encode(replaced) + "." + parts[2];
    }

    /// <summary>The UserService's Development signing key, which it keeps in its data folder.</summary>
    public static RSA LoadDevelopmentKey(string userServiceDataDirectory)
    {
        var path = Path.Combine(userServiceDataDirectory, "signing-key.pem");
        var rsa = RSA.Create();
        rsa.ImportFromPem(File.ReadAllText(path));
        return rsa;
    }

    private static Dictionary<string, object?> Claims(Guid subject, DateTimeOffset expires, string issuer, string audience) => new()
    {
        ["iss"] = issuer,
        ["aud"] = audience,
        ["sub"] = subject.ToString(),
        ["name"] = "forged",
        ["jti"] = Guid.NewGuid().ToString("N"),
        ["iat"] = expires.AddHours(-1).ToUnixTimeSeconds(),
        ["nbf"] = expires.AddHours(-1).ToUnixTimeSeconds(),
        ["exp"] = expires.ToUnixTimeSeconds(),
    };

    private static string Encode(Dictionary<string, object?> json) =>
        Base64Url(JsonSerializer.SerializeToUtf8Bytes(json.Where(p => p.Value is not null).ToDictionary()));

    private static string Base64Url(byte[] bytes) =>
        Convert.ToBase64String(bytes).TrimEnd('=').Replace('+', '-').Replace('/', '_');

    private static byte[] FromBase64Url(string text)
    {
        var padded = text.Replace('-', '+').Replace('_', '/');
        return Convert.FromBase64String(padded.PadRight(padded.Length + ((4 - (padded.Length % 4)) % 4), '='));
    }
}
