namespace Fulcrum.Core.IO;

/// <summary>
/// The kinds of user file Fulcrum reads whole, each with its own size cap (<see cref="InputKinds.MaxBytes"/>).
/// Event files are not among them: they are streamed and may be many gigabytes.
/// </summary>
public enum InputKind
{
    /// <summary>A case file (<c>*.fulcrum.yaml</c>): text written by hand.</summary>
    CaseFile,

    /// <summary>An external series CSV (plain, or the decompressed content of a <c>.gz</c>).</summary>
    SeriesCsv,

    /// <summary>A bargaining input: a KTAB CSV or XML scenario, or a BDM CSV actor table.</summary>
    BargainingTable,

    /// <summary>A panel or judgement file: analysts' elicited numbers.</summary>
    Judgements,
}

/// <summary>The size cap and the words for each <see cref="InputKind"/>.</summary>
public static class InputKinds
{
    private const long MiB = 1024 * 1024;

    /// <summary>
    /// The most bytes a file of <paramref name="kind"/> may hold. A case file is written by hand:
    /// 4 MiB is far beyond any real one (the founding case is 40 KB). A series file of 64 MiB holds
    /// about two million rows. A bargaining table or a judgement file has one row per actor or
    /// judgement: 4 MiB is hundreds of times KTAB's largest example.
    /// </summary>
    public static long MaxBytes(InputKind kind) => kind switch
    {
        InputKind.CaseFile => 4 * MiB,
        InputKind.SeriesCsv => 64 * MiB,
        InputKind.BargainingTable => 4 * MiB,
        InputKind.Judgements => 4 * MiB,
        _ => throw new ArgumentOutOfRangeException(nameof(kind), kind, "unknown input kind"),
    };

    /// <summary>The kind in words, with its article: <c>a case file</c>.</summary>
    public static string Noun(InputKind kind) => kind switch
    {
        InputKind.CaseFile => "a case file",
        InputKind.SeriesCsv => "a series file",
        InputKind.BargainingTable => "a bargaining table",
        InputKind.Judgements => "a judgement file",
        _ => throw new ArgumentOutOfRangeException(nameof(kind), kind, "unknown input kind"),
    };
}
