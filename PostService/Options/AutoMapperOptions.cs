namespace PostService.Options;

/// <summary>AutoMapper's commercial licence key; empty is allowed (AutoMapper then logs a notice).</summary>
public sealed class AutoMapperOptions
{
    public const string SectionName = "AutoMapper";

    public string LicenseKey { get; set; } = string.Empty;
}
