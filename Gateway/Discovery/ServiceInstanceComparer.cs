namespace Gateway.Discovery;

/// <summary>
/// Value equality for instance lists (the record's <c>Ports</c> list compares by reference), so an
/// event that changes nothing routable does not trigger a configuration rebuild.
/// </summary>
internal static class ServiceInstanceComparer
{
    public static bool SequenceEqual(IReadOnlyList<ServiceInstance> left, IReadOnlyList<ServiceInstance> right)
    {
        if (left.Count != right.Count)
        {
            return false;
        }

        for (var i = 0; i < left.Count; i++)
        {
            if (!string.Equals(left[i].Address, right[i].Address, StringComparison.Ordinal)
                || !left[i].Ports.SequenceEqual(right[i].Ports))
            {
                return false;
            }
        }

        return true;
    }
}
