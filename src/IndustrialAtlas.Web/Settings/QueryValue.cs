namespace IndustrialAtlas.Web.Settings;

/// <summary>How every filter and view reads one value of its query string: given once, trimmed, blank as absent.</summary>
public static class QueryValue
{
    /// <summary>
    /// The value of <paramref name="key"/>, trimmed; null when it is absent or blank. A key given more than once is a
    /// problem (which value was meant cannot be known): <paramref name="problem"/> is told, and the value is null.
    /// </summary>
    public static string? Once(IQueryCollection query, string key, Action<Say> problem)
    {
        ArgumentNullException.ThrowIfNull(query);
        ArgumentNullException.ThrowIfNull(problem);
        var values = query[key];
        if (values.Count > 1)
        {
            problem(new Say("problem.once", key, values.Count));
            return null;
        }

        var value = values.ToString().Trim();
        return value.Length == 0 ? null : value;
    }
}
