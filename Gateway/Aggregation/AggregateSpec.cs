using Gateway.Routing;

namespace Gateway.Aggregation;

/// <summary>The routes an aggregate calls, each with its downstream template bound to the aggregate's placeholders.</summary>
internal sealed record AggregateSpec(IReadOnlyList<AggregatePart> Parts);

/// <summary>One sub-request of an aggregate: the keyed route and its downstream path template.</summary>
internal sealed record AggregatePart(string Key, GatewayRoute Route, DownstreamTemplate Downstream);
