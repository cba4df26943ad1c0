namespace Fulcrum.Bargaining.Smp.Internal;

/// <summary>
/// The fixed attributes of the actors on KTAB's internal scale: capability, salience per
/// dimension in [0, 1] (the input divided by 100) and total salience. Arrays are row-major.
/// </summary>
internal sealed class SmpActors
{
    public SmpActors(ActorTable table)
    {
        Count = table.ActorCount;
        Dims = table.DimensionCount;
        Capability = new double[Count];
        Salience = new double[Count * Dims];
        TotalSalience = new double[Count];
        ChallengeWeight = new double[Count];
        for (var i = 0; i < Count; i++)
        {
            var a = table.Actors[i];
            Capability[i] = a.Capability;
            var total = 0.0;
            for (var d = 0; d < Dims; d++)
            {
                var s = a.Saliences[d] / 100.0;
                Salience[(i * Dims) + d] = s;
                total += s;
            }
            TotalSalience[i] = total;
            ChallengeWeight[i] = total * a.Capability;
        }
    }

    public int Count { get; }

    public int Dims { get; }

    /// <summary>c_i, the weight of an actor's vote over states and bargains.</summary>
    public double[] Capability { get; }

    /// <summary>s_id on [0, 1].</summary>
    public double[] Salience { get; }

    /// <summary>Σ_d s_id.</summary>
    public double[] TotalSalience { get; }

    /// <summary>Σ_d s_id × c_i: the weight of a principal or third party in a challenge.</summary>
    public double[] ChallengeWeight { get; }
}
