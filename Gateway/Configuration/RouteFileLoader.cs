using System.Text.RegularExpressions;
using Gateway.Configuration.File;

namespace Gateway.Configuration;

/// <summary>Binds the route file from configuration (so keys are case-insensitive and environment variables override), then checks it.</summary>
internal static partial class RouteFileLoader
{
    public static RouteFileLoadResult Load(IConfiguration configuration, IReadOnlySet<string> authenticationSchemes)
    {
        var errors = new List<string>();
        var unknown = new List<string>();
        RouteFileKeyScanner.Scan(configuration, errors, unknown);
        FileConfiguration file;
        try
        {
            file = new FileConfiguration();
            configuration.Bind(file);
        }
        catch (InvalidOperationException e)
        {
            errors.Add(DescribeBindingError(e));
            return new RouteFileLoadResult(new FileConfiguration(), errors, unknown);
        }

        RouteFileValidator.Validate(file, authenticationSchemes, errors);
        return new RouteFileLoadResult(file, errors, unknown);
    }

    private static string DescribeBindingError(InvalidOperationException e)
    {
        var match = BindingPath().Match(e.Message);
        return match.Success
            ? $"{KeyPath.Format(match.Groups["path"].Value)}: '{match.Groups["value"].Value}' is not a valid {match.Groups["type"].Value}."
            : e.Message;
    }

    [GeneratedRegex("value '(?<value>[^']*)' at '(?<path>[^']+)' to type '(?<type>[^']+)'")]
    private static partial Regex BindingPath();
}
