using System.Buffers.Binary;
using System.Buffers.Text;

namespace UserService.Services;

/// <summary>
/// The keyset position after the last item of a page: (CreatedAt, Id). Clients see it only as an
/// opaque base64url string of 8 bytes of UTC ticks and the 16 bytes of the id.
/// </summary>
public readonly record struct UserCursor(DateTimeOffset CreatedAt, Guid Id)
{
    private const int TicksBytes = sizeof(long);
    private const int IdBytes = 16;
    private const int Length = TicksBytes + IdBytes;

    public string Encode()
    {
        Span<byte> bytes = stackalloc byte[Length];
        BinaryPrimitives.WriteInt64BigEndian(bytes, CreatedAt.UtcTicks);
        Id.TryWriteBytes(bytes[TicksBytes..], bigEndian: true, out _);
        return Base64Url.EncodeToString(bytes);
    }

    /// <summary>Strict: only the exact canonical form produced by <see cref="Encode"/> is accepted.</summary>
    public static bool TryDecode(string? value, out UserCursor cursor)
    {
        cursor = default;
        if (string.IsNullOrEmpty(value)
            || value.Length != Base64Url.GetEncodedLength(Length)
            || !Base64Url.IsValid(value, out var decodedLength)
            || decodedLength != Length)
        {
            return false;
        }

        Span<byte> bytes = stackalloc byte[Length];
        if (!Base64Url.TryDecodeFromChars(value, bytes, out var written) || written != Length)
        {
            return false;
        }

        var ticks = BinaryPrimitives.ReadInt64BigEndian(bytes);
        if (ticks < DateTimeOffset.MinValue.UtcTicks || ticks > DateTimeOffset.MaxValue.UtcTicks)
        {
            return false;
        }

        cursor = new UserCursor(new DateTimeOffset(ticks, TimeSpan.Zero), new Guid(bytes[TicksBytes..], bigEndian: true));
        return cursor.Encode() == value;
    }
}
