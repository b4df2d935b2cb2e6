using System.Security.Cryptography;

namespace ServiceDefaults.Auth;

/// <summary>
/// The start-up checks of every token validator's settings (PostService and the gateway, which
/// compiles this file in): issuer and audience given, and a way to get the signing key, either a
/// readable RSA public key or an authority to fetch it from, over HTTPS unless told otherwise. A bad
/// key or an http:// authority while HTTPS metadata is required would otherwise surface as a bare 500
/// on the first authenticated request while the program reports itself healthy.
/// </summary>
public static class TokenKeySettings
{
    public const string PlainHttpAuthorityProblem =
        "Jwt:Authority is an http:// URL but Jwt:RequireHttpsMetadata is true (the default): use the https:// "
        + "authority, or set Jwt:RequireHttpsMetadata to false where plain HTTP is intended (a private network).";

    public static IReadOnlyList<string> Problems(string? issuer, string? audience, string? authority, string? publicKeyPem, bool requireHttpsMetadata)
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
        else if (!Uri.TryCreate(authority, UriKind.Absolute, out var authorityUri))
        {
            problems.Add("Either Jwt:Authority (the UserService base URL, absolute) or Jwt:PublicKeyPem must be configured.");
        }
        else if (requireHttpsMetadata && authorityUri.Scheme == Uri.UriSchemeHttp)
        {
            problems.Add(PlainHttpAuthorityProblem);
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
