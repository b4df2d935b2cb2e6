using Gateway.Routing;

namespace Gateway.Configuration;

/// <summary>Path template rules: required, starts with <c>/</c>, no <c>//</c>, no scheme, balanced and unique placeholders.</summary>
internal static class TemplateValidator
{
    public static void Validate(string? template, string path, List<string> errors)
    {
        if (string.IsNullOrWhiteSpace(template))
        {
            errors.Add($"{path}: is required.");
            return;
        }

        if (template.Contains("://", StringComparison.Ordinal))
        {
            errors.Add($"{path}: '{template}' must be a path, without a scheme or host.");
            return;
        }

        if (!template.StartsWith('/'))
        {
            errors.Add($"{path}: '{template}' must start with '/'.");
        }

        if (template.Contains("//", StringComparison.Ordinal))
        {
            errors.Add($"{path}: '{template}' must not contain '//'.");
        }

        var placeholders = TemplateParser.Parse(template);
        if (placeholders is null)
        {
            errors.Add($"{path}: '{template}' has unbalanced or empty braces.");
            return;
        }

        foreach (var duplicate in placeholders.GroupBy(p => p.Name, StringComparer.OrdinalIgnoreCase).Where(g => g.Count() > 1))
        {
            errors.Add($"{path}: '{template}' uses the placeholder {{{duplicate.Key}}} more than once.");
        }
    }
}
