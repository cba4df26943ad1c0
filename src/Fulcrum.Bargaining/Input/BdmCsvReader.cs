using Fulcrum.Bargaining.Input.Internal;
using Fulcrum.Core.IO;
using Fulcrum.Core.Problems;

namespace Fulcrum.Bargaining.Input;

/// <summary>
/// Reads the CSV layout of the public BDM replications: a header naming the columns actor,
/// capability, position and salience (any order, the replications' aliases accepted, see
/// <c>docs/bargaining-bdm.md</c>), then one row per actor. Accepts LF, CRLF and bare-CR line ends,
/// a UTF-8 byte order mark, and saliences on 0–1 or 0–100. The table it returns has one dimension,
/// positions as written and saliences on 0–100. Every problem is reported at once, with its line,
/// column and field.
/// </summary>
public static class BdmCsvReader
{
    /// <summary>Reads <paramref name="path"/> through <see cref="BoundedInput"/> (a regular file, at most 4 MiB, UTF-8); problems name the path as given.</summary>
    public static Checked<ActorTable> ReadFile(string path, BdmCsvOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(path);
        var text = BoundedInput.ReadText(path, InputKind.BargainingTable);
        return text.Value is { } t ? ReadText(t, path, options) : Checked<ActorTable>.Failure(text.Problems);
    }

    /// <summary>Reads CSV <paramref name="text"/>; <paramref name="file"/> names it in problems and gives the scenario name.</summary>
    public static Checked<ActorTable> ReadText(string text, string file, BdmCsvOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(text);
        ArgumentNullException.ThrowIfNull(file);
        options ??= BdmCsvOptions.Default;
        var problems = new ProblemList(file);
        if (text.Length > 0 && text[0] == '\uFEFF') text = text[1..];

        var lines = BdmCsvSplitter.Lines(text);
        if (lines.Count == 0)
        {
            problems.Add(0, 0, "the file is empty", "write a header (Actor,Capability,Position,Salience) and one line per actor");
            return Checked<ActorTable>.Failure(problems.Items);
        }
        var header = BdmCsvHeader.Parse(lines[0], lines.Count > 1 ? lines[1] : null, problems);
        if (header is null) return Checked<ActorTable>.Failure(problems.Sorted());

        var rows = BdmCsvRows.Parse(lines.Skip(1), header, problems);
        var saliences = BdmCsvRows.Validate(rows, options, problems);
        if (rows.Count < 2 && !problems.Any)
            problems.Add(0, 0, $"the file has {rows.Count} actor{(rows.Count == 1 ? "" : "s")}; bargaining needs at least two", "add one line per stakeholder");
        if (problems.Any) return Checked<ActorTable>.Failure(problems.Sorted());

        var table = new ActorTable
        {
            Scenario = Path.GetFileNameWithoutExtension(file),
            Dimensions = [header.PositionName],
            Actors = [.. rows.Select((r, i) => new BargainingActor(r.Name, "", r.Capability, [r.Position], [saliences[i]]))],
        };
        return Checked<ActorTable>.Success(table);
    }
}
