using System.Text;

namespace Gateway.Configuration;

/// <summary>Formats configuration paths the way users read their JSON: <c>Routes[2].Foo</c>.</summary>
internal static class KeyPath
{
    public static string Format(string configurationPath)
    {
        var builder = new StringBuilder(configurationPath.Length + 8);
        foreach (var part in configurationPath.Split(ConfigurationPathSeparator))
        {
            if (part.Length > 0 && part.All(char.IsAsciiDigit))
            {
                builder.Append('[').Append(part).Append(']');
            }
            else
            {
                if (builder.Length > 0)
                {
                    builder.Append('.');
                }

                builder.Append(part);
            }
        }

        return builder.ToString();
    }

    private const char ConfigurationPathSeparator = ':';
}
