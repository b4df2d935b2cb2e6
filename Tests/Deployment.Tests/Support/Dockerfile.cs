namespace Deployment.Tests.Support;

/// <summary>A Dockerfile as a list of instructions (continuations joined, comments dropped).</summary>
internal sealed class Dockerfile
{
    private Dockerfile(IReadOnlyList<DockerInstruction> instructions) => Instructions = instructions;

    public IReadOnlyList<DockerInstruction> Instructions { get; }

    /// <summary>The instructions after the last FROM: what the shipped image is made of.</summary>
    public IReadOnlyList<DockerInstruction> FinalStage
    {
        get
        {
            var lastFrom = Instructions.ToList().FindLastIndex(i => i.Keyword == "FROM");
            return [.. Instructions.Skip(lastFrom)];
        }
    }

    public IEnumerable<DockerInstruction> All(string keyword) => Instructions.Where(i => i.Keyword == keyword);

    /// <summary>The shell command of the RUN instruction starting with <paramref name="prefix"/>.</summary>
    public string Run(string prefix) =>
        All("RUN").Select(i => i.Arguments).SingleOrDefault(a => a.StartsWith(prefix, StringComparison.Ordinal))
        ?? throw new AssertionException($"No 'RUN {prefix} …' instruction.");

    public static Dockerfile Load(string path)
    {
        var instructions = new List<DockerInstruction>();
        var pending = string.Empty;
        foreach (var raw in File.ReadAllLines(path))
        {
            var line = raw.Trim();
            if (line.StartsWith('#') || (line.Length == 0 && pending.Length == 0))
            {
                continue;
            }

            pending += line.EndsWith('\\') ? line[..^1] + " " : line;
            if (!line.EndsWith('\\') && pending.Trim().Length > 0)
            {
                var parts = pending.Trim().Split(' ', 2);
                instructions.Add(new DockerInstruction(parts[0].ToUpperInvariant(), parts.Length > 1 ? parts[1].Trim() : string.Empty));
                pending = string.Empty;
            }
        }

        return new Dockerfile(instructions);
    }
}
