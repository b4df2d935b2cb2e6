namespace EndToEnd.Tests.Infrastructure;

/// <summary>A running system and the users seeded into it before any test ran.</summary>
internal sealed record SeededSystem(MicroservicesSystem System, IReadOnlyList<RegisteredUser> Users);
