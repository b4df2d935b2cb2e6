using Microsoft.EntityFrameworkCore.Storage.ValueConversion;

namespace ServiceDefaults.Data;

/// <summary>
/// Stores a <see cref="DateTimeOffset"/> as its UTC ticks; reads it back in UTC. EF's SQLite provider
/// stores DateTimeOffset as text it cannot compare or ORDER BY, so keyset predicates would run on
/// the client; ticks in an INTEGER column sort and compare in SQL with exact precision.
/// </summary>
public sealed class UtcTicksConverter() : ValueConverter<DateTimeOffset, long>(
    value => value.UtcTicks,
    ticks => new DateTimeOffset(ticks, TimeSpan.Zero));
