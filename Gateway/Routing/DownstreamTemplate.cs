using System.Text;
using System.Text.RegularExpressions;

namespace Gateway.Routing;

/// <summary>
/// A downstream path template: placeholder values captured upstream are substituted as plain text.
/// When the optional final upstream segment was absent, a final <c>/{name}</c> is dropped, so
/// <c>/api/users</c> reaches <c>/api/users</c> rather than <c>/api/users/</c>.
/// </summary>
internal sealed class DownstreamTemplate
{
    private readonly TemplatePart[] _path;
    private readonly TemplatePart[]? _query;

    private DownstreamTemplate(string text, TemplatePart[] path, TemplatePart[]? query, string[] usedNames)
    {
        Text = text;
        _path = path;
        _query = query;
        UsedNames = usedNames;
    }

    public string Text { get; }

    /// <summary>The template has its own query: placeholders there replace same-named query parameters.</summary>
    public bool HasQuery => _query is not null;

    /// <summary>Upstream placeholder names this template uses.</summary>
    public string[] UsedNames { get; }

    public static DownstreamTemplate Compile(string template, string[] upstreamNames)
    {
        var queryStart = template.IndexOf('?', StringComparison.Ordinal);
        var pathText = queryStart < 0 ? template : template[..queryStart];
        var used = new List<string>();
        var path = Split(pathText, upstreamNames, used);
        var query = queryStart < 0 ? null : Split(template[(queryStart + 1)..], upstreamNames, used);
        return new DownstreamTemplate(template, path, query, [.. used]);
    }

    /// <summary>The downstream path for a successful upstream match.</summary>
    public string BuildPath(Match match)
    {
        var builder = new StringBuilder(Text.Length + 32);
        for (var i = 0; i < _path.Length; i++)
        {
            var part = _path[i];
            if (part.Group < 0)
            {
                builder.Append(part.Literal);
                continue;
            }

            var group = match.Groups[part.Group];
            if (!group.Success && i == _path.Length - 1 && builder.Length > 1 && builder[^1] == '/')
            {
                builder.Length--;
                continue;
            }

            builder.Append(group.ValueSpan);
        }

        return builder.ToString();
    }

    /// <summary>The template's own query with values substituted (no leading <c>?</c>).</summary>
    public string BuildQuery(Match match)
    {
        var builder = new StringBuilder();
        foreach (var part in _query ?? [])
        {
            builder.Append(part.Group < 0 ? part.Literal : Uri.EscapeDataString(match.Groups[part.Group].Value));
        }

        return builder.ToString();
    }

    private static TemplatePart[] Split(string text, string[] upstreamNames, List<string> used)
    {
        var parts = new List<TemplatePart>();
        var position = 0;
        foreach (var placeholder in TemplateParser.Parse(text) ?? [])
        {
            var group = Array.IndexOf(upstreamNames, placeholder.Name);
            if (placeholder.Index > position)
            {
                parts.Add(new TemplatePart(text[position..placeholder.Index], -1));
            }

            // A placeholder the upstream template does not define stays as literal text, like Ocelot.
            parts.Add(group < 0 ? new TemplatePart(placeholder.Token, -1) : new TemplatePart(null, group + 1));
            if (group >= 0)
            {
                used.Add(placeholder.Name);
            }

            position = placeholder.Index + placeholder.Length;
        }

        if (position < text.Length)
        {
            parts.Add(new TemplatePart(text[position..], -1));
        }

        return [.. parts];
    }

    private readonly record struct TemplatePart(string? Literal, int Group);
}
