using System.Text;
using System.Text.RegularExpressions;

namespace Gateway.Routing;

/// <summary>
/// An upstream path template compiled to Ocelot's matching rules (spec §3): a placeholder followed
/// by <c>/</c> matches one segment, a placeholder with no <c>/</c> after it matches the rest
/// (slashes included), a final segment that is only a placeholder is optional, <c>/{x}</c> alone is
/// the catch-all, a trailing <c>/</c> is optional, and the match is anchored.
/// </summary>
internal sealed class UpstreamTemplate
{
    private UpstreamTemplate(string text, Regex regex, string[] names, bool isCatchAll, bool hasQuery, string aspNetPattern)
    {
        Text = text;
        Regex = regex;
        PlaceholderNames = names;
        IsCatchAll = isCatchAll;
        HasQuery = hasQuery;
        AspNetPattern = aspNetPattern;
    }

    public string Text { get; }

    /// <summary>Group i+1 holds the value of placeholder i (positional: names need not be identifiers).</summary>
    public Regex Regex { get; }

    public string[] PlaceholderNames { get; }

    /// <summary>The template <c>/{anything}</c>: matches every path and gets priority 0.</summary>
    public bool IsCatchAll { get; }

    /// <summary>The template has a <c>?</c>: it is matched against path and query together.</summary>
    public bool HasQuery { get; }

    /// <summary>
    /// An ASP.NET route pattern matching a superset of this template (its literal leading segments
    /// then a catch-all), so endpoint routing narrows the candidates before the exact check runs.
    /// </summary>
    public string AspNetPattern { get; }

    public static UpstreamTemplate Compile(string template, bool caseSensitive)
    {
        var placeholders = TemplateParser.Parse(template) ?? throw new ArgumentException("Unbalanced braces.", nameof(template));
        var names = placeholders.Select(p => p.Name).ToArray();
        var options = RegexOptions.CultureInvariant | RegexOptions.Compiled | RegexOptions.Singleline | (caseSensitive ? RegexOptions.None : RegexOptions.IgnoreCase);
        var isCatchAll = placeholders.Count == 1 && template.StartsWith("/{", StringComparison.Ordinal) && template.EndsWith('}')
            && placeholders[0].Index == 1;
        if (isCatchAll)
        {
            return new UpstreamTemplate(template, new Regex("^/(.*)$", options), names, true, false, "/{**catchall}");
        }

        var hasQuery = template.Contains('?', StringComparison.Ordinal);
        var pattern = template == "/" ? "^/$" : BuildPattern(template, placeholders);
        return new UpstreamTemplate(template, new Regex(pattern, options), names, false, hasQuery, BuildAspNetPattern(template));
    }

    private static string BuildPattern(string template, List<Placeholder> placeholders)
    {
        var queryStart = template.IndexOf('?', StringComparison.Ordinal);
        var regex = new StringBuilder("^");
        var position = 0;
        foreach (var placeholder in placeholders)
        {
            var slashAfter = template.IndexOf('/', placeholder.Index + placeholder.Length);
            var inQuery = queryStart >= 0 && placeholder.Index > queryStart;
            var greedy = slashAfter < 0 || inQuery;
            var isFinalSegment = greedy && !inQuery && placeholder.Index + placeholder.Length == template.Length
                && placeholder.Index > 0 && template[placeholder.Index - 1] == '/';
            var literalEnd = isFinalSegment ? placeholder.Index - 1 : placeholder.Index;
            regex.Append(Regex.Escape(template[position..literalEnd]));
            regex.Append(isFinalSegment ? "(?:/(.*))?" : greedy ? "(.+)" : "([^/]+)");
            position = placeholder.Index + placeholder.Length;
        }

        var rest = template[position..];
        if (rest.EndsWith('/'))
        {
            regex.Append(Regex.Escape(rest[..^1])).Append("/?");
        }
        else
        {
            regex.Append(Regex.Escape(rest));
        }

        return regex.Append('$').ToString();
    }

    private static string BuildAspNetPattern(string template)
    {
        if (template == "/")
        {
            return "/";
        }

        var builder = new StringBuilder();
        foreach (var segment in template.Split('?')[0].Split('/', StringSplitOptions.RemoveEmptyEntries))
        {
            if (!IsPlainLiteral(segment))
            {
                break;
            }

            builder.Append('/').Append(segment);
        }

        // Even a fully literal template gets the catch-all: the exact check decides trailing slashes.
        return builder.Append("/{**rest}").ToString();
    }

    private static bool IsPlainLiteral(string segment) =>
        segment.Length > 0 && segment.All(c => char.IsAsciiLetterOrDigit(c) || c is '-' or '_' or '.');
}
