using System.Buffers.Text;
using System.Security.Cryptography;
using System.Text;

namespace UserService.Services;

/// <summary>Makes refresh tokens and the hashes they are stored and looked up by.</summary>
internal static class RefreshTokenValue
{
    /// <summary>Input bound for requests: ours are 43 characters; anything longer is not one of ours.</summary>
    public const int MaxLength = 128;

    private const int RandomBytes = 32;

    /// <summary>A new token (256 random bits, base64url) and its hash.</summary>
    public static (string Token, byte[] Hash) Create()
    {
        var token = Base64Url.EncodeToString(RandomNumberGenerator.GetBytes(RandomBytes));
        return (token, Hash(token));
    }

    /// <summary>
    /// SHA-256 of the text as presented. The token is already 256 random bits, so an unsalted fast
    /// hash is enough: nothing can be guessed, and a copy of the table yields no usable token.
    /// </summary>
    public static byte[] Hash(string token) => SHA256.HashData(Encoding.UTF8.GetBytes(token));
}
