using System.Globalization;

namespace PostService.Data.Seeding;

/// <summary>
/// <c>seed --posts N --authors (FILE|COUNT) [--yes]</c>: FILE holds one author GUID per line;
/// COUNT generates that many authors. <c>--yes</c> is required outside Development.
/// </summary>
internal sealed record SeedCommand(int Posts, string Authors, bool Confirmed)
{
    public const string Name = "seed";
    public const string Usage = "Usage: seed --posts <count> --authors <file-of-guids|count> [--yes]";

    public static bool IsRequested(string[] args) => args.Length > 0 && string.Equals(args[0], Name, StringComparison.OrdinalIgnoreCase);

    public static SeedCommand? Parse(string[] args)
    {
        int? posts = null;
        string? authors = null;
        var confirmed = false;
        for (var i = 1; i < args.Length; i++)
        {
            switch (args[i])
            {
                case "--posts" when i + 1 < args.Length && int.TryParse(args[i + 1], NumberStyles.None, CultureInfo.InvariantCulture, out var n):
                    posts = n;
                    i++;
                    break;
                case "--authors" when i + 1 < args.Length:
                    authors = args[++i];
                    break;
                case "--yes":
                    confirmed = true;
                    break;
                default:
                    return null;
            }
        }

        return posts is { } count && authors is not null ? new SeedCommand(count, authors, confirmed) : null;
    }

    /// <summary>The authors: read from the file if one exists at that path, else that many new ids.</summary>
    public async Task<IReadOnlyList<Guid>> ResolveAuthorsAsync(CancellationToken cancellationToken)
    {
        if (File.Exists(Authors))
        {
            var lines = await File.ReadAllLinesAsync(Authors, cancellationToken);
            return [.. lines.Select(line => line.Trim()).Where(line => line.Length > 0).Select(line => Guid.Parse(line, CultureInfo.InvariantCulture))];
        }

        if (int.TryParse(Authors, NumberStyles.None, CultureInfo.InvariantCulture, out var count) && count > 0)
        {
            return [.. Enumerable.Range(0, count).Select(_ => Guid.CreateVersion7())];
        }

        throw new FormatException($"--authors must be an existing file of GUIDs or a positive count, not '{Authors}'.");
    }
}
