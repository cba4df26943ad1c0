namespace Fulcrum.UnVotes;

/// <summary>Which Bailey–Strezhnev–Voeten estimates: from all roll calls, or from important votes only.</summary>
public enum IdealPointSet
{
    All,
    Important,
}

/// <summary>
/// Bailey–Strezhnev–Voeten (2017) ideal points: one number per country and session on a single
/// dimension (the US-led liberal order at the high end), comparable across sessions.
/// </summary>
public sealed class IdealPoints
{
    private readonly Dictionary<(int Cow, int Session), double> _points;

    internal IdealPoints(IdealPointSet set, Dictionary<(int Cow, int Session), double> points)
    {
        Set = set;
        _points = points;
    }

    public IdealPointSet Set { get; }

    /// <summary>
    /// The country's ideal point in <paramref name="session"/>: from its data row that covers the
    /// session's opening year (1945 + session) and has an estimate, or null.
    /// </summary>
    public double? Of(UnCountry country, int session)
    {
        foreach (var member in country.Members)
        {
            if (member.Cow == 0 || !member.Covers(1945 + session)) continue;
            if (_points.TryGetValue((member.Cow, session), out var point)) return point;
        }
        return null;
    }
}
