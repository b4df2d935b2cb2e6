using System.Security.Cryptography;

namespace ServiceDefaults.Auth;

/// <summary>
/// The start-up checks of every token validator's settings (PostService and the gateway, which
/// compiles this file in): issuer and audience given, and a way to get the signing key, either a
/// readable RSA public key or an authority to fetch it from. A bad key would otherwise surface as a
/// bare 500 on the first authenticated request while the program reports itself healthy.
/// </summary>
public static class TokenKeySettings
{
    public static IReadOnlyList<string> Problems(string? issuer, string? audience, string? authority, string? publicKeyPem)
    {
        var problems = new List<string>();
        if (string.IsNullOrWhiteSpace(issuer))
        {
            problems.Add("Jwt:Issuer is required.");
        }

        if (string.IsNullOrWhiteSpace(audience))
        {
            problems.Add("Jwt:Audience is required.");
        }

        if (!string.IsNullOrWhiteSpace(publicKeyPem))
        {
            if (PublicKeyProblem("Jwt:PublicKeyPem", publicKeyPem) is { } problem)
            {
                problems.Add(problem);
            }
        }
        else if (!Uri.TryCreate(authority, UriKind.Absolute, out _))
        {
            problems.Add("Either Jwt:Authority (the UserService base URL, absolute) or Jwt:PublicKeyPem must be configured.");
        }

        return problems;
    }

    /// <summary>What is wrong with a PEM that must be an RSA public key, or null when it is one.</summary>
    public static string? PublicKeyProblem(string key, string pem) =>
        // Only UserService signs; anything else holding the private key could mint tokens.
        pem.Contains("PRIVATE KEY", StringComparison.Ordinal) ? $"{key} holds a private key; give it only the public key (PEM 'PUBLIC KEY')."
        : !IsRsaPublicKey(pem) ? $"{key} is not a readable RSA public key (PEM)."
        : null;

    private static bool IsRsaPublicKey(string pem)
    {
        try
        {
            using var rsa = RSA.Create();
            rsa.ImportFromPem(pem);
            return true;
        }
        catch (Exception e) when (e is ArgumentException or CryptographicException)
        {
            return false;
        }
    }
}
