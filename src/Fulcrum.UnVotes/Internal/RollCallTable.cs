using System.Globalization;
using Fulcrum.Core.Text;

namespace Fulcrum.UnVotes.Internal;

/// <summary>Reads the roll calls and their issue categories; roll calls are ordered by date, then id.</summary>
internal static class RollCallTable
{
    public static List<RollCall> Read()
    {
        var issues = ReadIssues();
        var rollCalls = new List<RollCall>();
        using var reader = Resources.Open(Resources.RollCalls);
        var header = CsvLine.Texts(reader.ReadLine()!);
        int Column(string name) => header.IndexOf(name) is var i and >= 0 ? i : throw new InvalidDataException($"{Resources.RollCalls} has no column '{name}'");
        var (rcid, session, important, date, unres, title) =
            (Column("rcid"), Column("session"), Column("importantvote"), Column("date"), Column("unres"), Column("short"));
        while (reader.ReadLine() is { } line)
        {
            var f = CsvLine.Texts(line);
            var id = int.Parse(f[rcid], CultureInfo.InvariantCulture);
            bool? isImportant = f[important] switch { "1" => true, "0" => false, _ => null };
            rollCalls.Add(new RollCall(
                id,
                int.Parse(f[session], CultureInfo.InvariantCulture),
                DateOnly.ParseExact(f[date], "yyyy-MM-dd", CultureInfo.InvariantCulture),
                isImportant,
                f[unres] == "NA" ? "" : f[unres],
                f[title] == "NA" ? "" : f[title],
                issues.TryGetValue(id, out var list) ? list : []));
        }
        rollCalls.Sort((a, b) => a.Date != b.Date ? a.Date.CompareTo(b.Date) : a.Id.CompareTo(b.Id));
        return rollCalls;
    }

    private static Dictionary<int, List<UnIssue>> ReadIssues()
    {
        var issues = new Dictionary<int, List<UnIssue>>();
        using var reader = Resources.Open(Resources.Issues);
        reader.ReadLine();
        while (reader.ReadLine() is { } line)
        {
            var f = CsvLine.Texts(line);
            if (!UnIssueCodes.TryParse(f[1], out var issue)) throw new InvalidDataException($"{Resources.Issues}: unknown issue '{f[1]}'");
            var id = int.Parse(f[0], CultureInfo.InvariantCulture);
            if (!issues.TryGetValue(id, out var list)) issues[id] = list = [];
            if (!list.Contains(issue)) list.Add(issue);
        }
        return issues;
    }
}
