namespace ServiceDefaults.Options;

/// <summary>The AutoMapper licence (section <c>AutoMapper</c>); empty runs unlicensed (AutoMapper then logs a notice).</summary>
public sealed class AutoMapperOptions
{
    public const string SectionName = "AutoMapper";

    /// <summary>Set via <c>AutoMapper:LicenseKey</c> or env <c>AutoMapper__LicenseKey</c>; never commit it.</summary>
    public string LicenseKey { get; set; } = string.Empty;
}
