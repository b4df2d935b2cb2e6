using System.Collections;
using System.Globalization;
using System.Reflection;
using Gateway.Configuration.File;

namespace Gateway.Configuration;

/// <summary>
/// Walks the route file's sections against the model: keys the model does not know are reported as
/// warnings (Ocelot silently ignores them, which hides typos); keys of Ocelot features we do not
/// implement are errors, so a file never silently loses behaviour it relies on.
/// </summary>
internal static class RouteFileKeyScanner
{
    private static readonly Dictionary<Type, string[]> Unsupported = new()
    {
        [typeof(FileConfiguration)] = ["DynamicRoutes"],
        [typeof(FileRoute)] =
        [
            "DelegatingHandlers", "SecurityOptions", "UpstreamHeaderTemplates", "AddClaimsToRequest",
            "AddQueriesToRequest", "ChangeDownstreamPathTemplate",
        ],
        [typeof(FileGlobalConfiguration)] = ["SecurityOptions"],
        [typeof(FileAggregateRoute)] = ["UpstreamHeaderTemplates"],
    };

    /// <summary>Accepted for compatibility and ignored: they carry no routing behaviour.</summary>
    private static readonly Dictionary<Type, string[]> Ignored = new()
    {
        [typeof(FileRoute)] = ["Metadata"],
        [typeof(FileGlobalConfiguration)] = ["MetadataOptions"],
    };

    public static void Scan(IConfiguration root, ICollection<string> errors, ICollection<string> warnings)
    {
        foreach (var name in new[] { "Routes", "ReRoutes", "Aggregates", "GlobalConfiguration", "DynamicRoutes" })
        {
            var section = root.GetSection(name);
            if (!section.Exists())
            {
                continue;
            }

            if (Array.Exists(Unsupported[typeof(FileConfiguration)], n => n.Equals(name, StringComparison.OrdinalIgnoreCase)))
            {
                errors.Add($"{KeyPath.Format(section.Path)}: not supported by this gateway.");
                continue;
            }

            var property = Find(typeof(FileConfiguration), name)!;
            ScanValue(section, property.PropertyType, errors, warnings);
        }
    }

    private static void ScanObject(IConfigurationSection section, Type type, ICollection<string> errors, ICollection<string> warnings)
    {
        foreach (var child in section.GetChildren())
        {
            if (IsListed(Unsupported, type, child.Key))
            {
                errors.Add($"{KeyPath.Format(child.Path)}: not supported by this gateway.");
                continue;
            }

            if (IsListed(Ignored, type, child.Key))
            {
                continue;
            }

            var property = Find(type, child.Key);
            if (property is null)
            {
                warnings.Add(KeyPath.Format(child.Path));
                continue;
            }

            ScanValue(child, property.PropertyType, errors, warnings);
        }
    }

    private static void ScanValue(IConfigurationSection section, Type type, ICollection<string> errors, ICollection<string> warnings)
    {
        if (type.IsGenericType && type.GetGenericTypeDefinition() == typeof(Dictionary<,>))
        {
            var valueType = type.GetGenericArguments()[1];
            foreach (var entry in section.GetChildren())
            {
                ScanValue(entry, valueType, errors, warnings);
            }
        }
        else if (type.IsGenericType && type.GetGenericTypeDefinition() == typeof(List<>))
        {
            var itemType = type.GetGenericArguments()[0];
            foreach (var item in section.GetChildren())
            {
                ScanValue(item, itemType, errors, warnings);
            }
        }
        else if (type.IsClass && type != typeof(string) && !typeof(IEnumerable).IsAssignableFrom(type))
        {
            ScanObject(section, type, errors, warnings);
        }
        else if (section.Value is { Length: > 0 } value && !Converts(value, Nullable.GetUnderlyingType(type) ?? type))
        {
            errors.Add($"{KeyPath.Format(section.Path)}: '{value}' is not a valid {(Nullable.GetUnderlyingType(type) ?? type).Name}.");
        }
    }

    // The binder leaves a value it cannot convert unset without a word; the user must hear of it.
    private static bool Converts(string value, Type type) => type switch
    {
        _ when type == typeof(int) => int.TryParse(value, NumberStyles.Integer, CultureInfo.InvariantCulture, out _),
        _ when type == typeof(long) => long.TryParse(value, NumberStyles.Integer, CultureInfo.InvariantCulture, out _),
        _ when type == typeof(double) => double.TryParse(value, NumberStyles.Float, CultureInfo.InvariantCulture, out _),
        _ when type == typeof(bool) => bool.TryParse(value, out _),
        _ => true,
    };

    private static PropertyInfo? Find(Type type, string key) =>
        type.GetProperty(key, BindingFlags.Public | BindingFlags.Instance | BindingFlags.IgnoreCase);

    private static bool IsListed(Dictionary<Type, string[]> table, Type type, string key) =>
        table.TryGetValue(type, out var keys) && Array.Exists(keys, k => k.Equals(key, StringComparison.OrdinalIgnoreCase));
}
