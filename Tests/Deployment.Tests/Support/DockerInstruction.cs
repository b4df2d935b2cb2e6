using System.Text.RegularExpressions;

namespace Deployment.Tests.Support;

/// <summary>One Dockerfile instruction: its keyword and the rest of the line.</summary>
internal sealed partial record DockerInstruction(string Keyword, string Arguments)
{
    /// <summary>The arguments split on whitespace (no shell quoting is used in our Dockerfiles).</summary>
    public IReadOnlyList<string> Words => WhitespaceRegex().Split(Arguments).Where(w => w.Length > 0).ToList();

    /// <summary>ENV key=value pairs (several may share one instruction).</summary>
    public IReadOnlyDictionary<string, string> EnvironmentPairs =>
        Words.Select(w => w.Split('=', 2)).Where(p => p.Length == 2).ToDictionary(p => p[0], p => p[1]);

    [GeneratedRegex(@"\s+")]
    private static partial Regex WhitespaceRegex();
}
