namespace Fulcrum.Bargaining.Bdm;

/// <summary>
/// Which reading of the Bueno de Mesquita model to run. The public replications disagree on
/// several steps (see <c>docs/bargaining-bdm.md</c>); <see cref="Paper"/> follows Scholz, Calbert
/// &amp; Smith (2011) as written, <see cref="ScholzCode"/> reproduces the reference replication
/// (jmckib/bdm-scholz-expected-utility-model), quirks included.
/// </summary>
public enum BdmCompat
{
    /// <summary>The paper's reading (the default).</summary>
    Paper,

    /// <summary>
    /// The reference replication's behaviour, which its author says reproduces Scholz's own code:
    /// the all-pairs denominator of P, the receiver's risk exponent for both expected utilities,
    /// the capitulation test that never fires, compromises ranked by an |EU|-weighted position,
    /// and the median found by a king-of-the-hill scan in CPython's set order. A host names it <c>scholz-code</c>.
    /// </summary>
    ScholzCode,
}
