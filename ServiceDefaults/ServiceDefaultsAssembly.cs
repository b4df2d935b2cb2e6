namespace ServiceDefaults;

/// <summary>Marker for assembly scanning and tests.</summary>
public static class ServiceDefaultsAssembly;
