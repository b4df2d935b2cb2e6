namespace ServiceDefaults; internal static class Placeholder;
