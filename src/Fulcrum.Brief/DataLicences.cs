namespace Fulcrum.Brief;

/// <summary>
/// The terms of the data sets Fulcrum reads, as their publishers state them, so that a brief says
/// what may be passed on. Unknown data (an analyst's own file) say so rather than guessing.
/// </summary>
public static class DataLicences
{
    public const string Gdelt = "GDELT Project: free for unlimited use and redistribution, citing the GDELT Project (gdeltproject.org, terms of use)";
    public const string Icews = "ICEWS coded event data: Harvard Dataverse (doi:10.7910/DVN/28075), under the dataset's terms there";
    public const string UnVotes = "UNGA roll calls and ideal points: Voeten, Strezhnev and Bailey, Harvard Dataverse (doi:10.7910/DVN/LEJUQZ), CC0 1.0";
    public const string Unknown = "not stated: the analyst's own file; check its terms before passing it on";

    /// <summary>The terms for a series source or data set named as Fulcrum names them (e.g. builtin:gdelt-dyads, a store's dataset).</summary>
    public static string For(string source)
    {
        ArgumentNullException.ThrowIfNull(source);
        var s = source.ToLowerInvariant();
        if (s.Contains("gdelt", StringComparison.Ordinal)) return Gdelt;
        if (s.Contains("icews", StringComparison.Ordinal)) return Icews;
        if (s.Contains("unvote", StringComparison.Ordinal) || s.Contains("un general assembly", StringComparison.Ordinal) || s.Contains("unga", StringComparison.Ordinal)) return UnVotes;
        return Unknown;
    }
}
