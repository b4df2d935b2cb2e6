namespace Gateway.Routing;

/// <summary>Finds the <c>{name}</c> placeholders of an Ocelot path template.</summary>
internal static class TemplateParser
{
    /// <summary>The placeholders in order, or null when braces are unbalanced.</summary>
    public static List<Placeholder>? Parse(string template)
    {
        var result = new List<Placeholder>();
        var i = 0;
        while (i < template.Length)
        {
            var open = template.IndexOf('{', i);
            var close = template.IndexOf('}', i);
            if (open < 0)
            {
                return close < 0 ? result : null;
            }

            if (close < open)
            {
                return null;
            }

            var nextOpen = template.IndexOf('{', open + 1);
            if (nextOpen >= 0 && nextOpen < close || close == open + 1)
            {
                return null;
            }

            result.Add(new Placeholder(template.Substring(open + 1, close - open - 1), open, close - open + 1));
            i = close + 1;
        }

        return result;
    }
}

/// <summary>A placeholder: its name, and where its <c>{...}</c> text sits in the template.</summary>
internal readonly record struct Placeholder(string Name, int Index, int Length)
{
    public string Token => "{" + Name + "}";
}
