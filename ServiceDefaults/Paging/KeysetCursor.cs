using System.Buffers.Binary;
using System.Buffers.Text;
using System.Diagnostics.CodeAnalysis;

namespace ServiceDefaults.Paging;

/// <summary>
/// A keyset position: the (CreatedAt, Id) of the last item of a page. On the wire it is opaque:
/// base64url of the UTC ticks (8 bytes, big-endian) followed by the id (16 bytes, big-endian).
/// </summary>
public sealed record KeysetCursor(DateTimeOffset CreatedAt, Guid Id)
{
    private const int TicksBytes = sizeof(long);
    private const int ByteLength = TicksBytes + 16;
    private static readonly int EncodedLength = Base64Url.GetEncodedLength(ByteLength);

    public string Encode()
    {
        Span<byte> bytes = stackalloc byte[ByteLength];
        BinaryPrimitives.WriteInt64BigEndian(bytes, CreatedAt.UtcTicks);
        Id.TryWriteBytes(bytes[TicksBytes..], bigEndian: true, out _);
        return Base64Url.EncodeToString(bytes);
    }

    /// <summary>
    /// Accepts only what <see cref="Encode"/> produces: exact length, valid base64url, ticks within
    /// the range of <see cref="DateTimeOffset"/>. Anything else is a client error, never an exception.
    /// </summary>
    public static bool TryDecode(string? value, [NotNullWhen(true)] out KeysetCursor? cursor)
    {
        cursor = null;
        // TryDecodeFromChars throws on characters outside the alphabet, so check them first.
        if (value is null || value.Length != EncodedLength || !Base64Url.IsValid(value))
        {
            return false;
        }

        Span<byte> bytes = stackalloc byte[ByteLength];
        if (!Base64Url.TryDecodeFromChars(value, bytes, out var written) || written != ByteLength)
        {
            return false;
        }

        var ticks = BinaryPrimitives.ReadInt64BigEndian(bytes);
        if (ticks < DateTimeOffset.MinValue.UtcTicks || ticks > DateTimeOffset.MaxValue.UtcTicks)
        {
            return false;
        }

        var candidate = new KeysetCursor(new DateTimeOffset(ticks, TimeSpan.Zero), new Guid(bytes[TicksBytes..], bigEndian: true));
        // Base64 allows a few spellings of the same bytes (unused trailing bits); only the canonical one is a cursor.
        if (!string.Equals(candidate.Encode(), value, StringComparison.Ordinal))
        {
            return false;
        }

        cursor = candidate;
        return true;
    }
}
