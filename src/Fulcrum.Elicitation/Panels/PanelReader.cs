using Fulcrum.Core.Problems;
using Fulcrum.Elicitation.Ahp;
using Fulcrum.Elicitation.Internal;
using Fulcrum.Elicitation.Panels.Internal;
using Fulcrum.Scenario.Model;

namespace Fulcrum.Elicitation.Panels;

/// <summary>
/// Reads a panel: a folder with one YAML file per analyst (<c>*.yaml</c>, <c>*.yml</c>, read in the
/// ordinal order of their names; the format is in docs/elicitation.md), each checked against the
/// case. Every analyst gives weights, or none does; the same for scenario probabilities.
/// </summary>
public static class PanelReader
{
    /// <summary>Reads every analyst file in <paramref name="directory"/>.</summary>
    public static Checked<Panel> Read(string directory, Case c, AhpOptions? ahpOptions = null)
    {
        ArgumentNullException.ThrowIfNull(directory);
        if (!Directory.Exists(directory))
            return Checked<Panel>.Failure([Problem.About(ElicitationSubjects.Panel, $"folder {directory} not found", "give the folder that holds one YAML file per analyst")]);
        var files = Directory.EnumerateFiles(directory)
            .Where(f => f.EndsWith(".yaml", StringComparison.OrdinalIgnoreCase) || f.EndsWith(".yml", StringComparison.OrdinalIgnoreCase))
            .Order(StringComparer.Ordinal).ToList();
        if (files.Count == 0)
            return Checked<Panel>.Failure([Problem.About(ElicitationSubjects.Panel, $"no analyst files (*.yaml, *.yml) in {directory}", "write one file per analyst; see docs/elicitation.md")]);
        return ReadFiles(files, c, ahpOptions);
    }

    /// <summary>Reads the analyst files <paramref name="files"/>, in the order given.</summary>
    public static Checked<Panel> ReadFiles(IReadOnlyList<string> files, Case c, AhpOptions? ahpOptions = null)
    {
        ArgumentNullException.ThrowIfNull(files);
        ArgumentNullException.ThrowIfNull(c);
        var reader = new AnalystFileReader(c, ahpOptions ?? AhpOptions.Default);
        var problems = new List<Problem>();
        var analysts = new List<AnalystInput>();
        foreach (var file in files)
        {
            var list = new ProblemList(file);
            var text = InputFile.Read(file, list, "analyst file");
            var input = text is null ? null : reader.Read(text, file, Path.GetDirectoryName(Path.GetFullPath(file)), list, problems);
            problems.AddRange(list.Sorted());
            if (input is not null) analysts.Add(input);
        }
        if (problems.Count > 0) return Checked<Panel>.Failure(problems);
        problems.AddRange(Agreement(analysts));
        return problems.Count > 0 ? Checked<Panel>.Failure(problems)
            : Checked<Panel>.Success(new Panel(c.Id, [.. c.Interests.Select(i => i.Id)], [.. c.Scenarios.Select(s => s.Id)], analysts));
    }

    /// <summary>Names are unique; every analyst gives weights or none does, and the same for probabilities.</summary>
    private static List<Problem> Agreement(List<AnalystInput> analysts)
    {
        var problems = new List<Problem>();
        foreach (var g in analysts.GroupBy(a => a.Name, StringComparer.Ordinal).Where(g => g.Count() > 1))
            foreach (var a in g.Skip(1))
                problems.Add(new Problem(a.File, 0, 0, $"analyst '{a.Name}' also has file {g.First().File}", "give each analyst one file and a name of their own"));
        void Same(string what, Func<AnalystInput, bool> gives)
        {
            var (with, without) = (analysts.Where(gives).ToList(), analysts.Where(a => !gives(a)).ToList());
            if (with.Count == 0 || without.Count == 0) return;
            foreach (var a in without)
                problems.Add(new Problem(a.File, 0, 0, $"analyst '{a.Name}' gives no {what}, but {with.Count} other{(with.Count > 1 ? "s" : "")} do ({string.Join(", ", with.Select(x => x.Name))})",
                    $"give {what} for every analyst of the panel, or for none"));
        }
        Same("weights", a => a.Weights is not null);
        Same("scenario probabilities", a => a.Probabilities is not null);
        return problems;
    }
}
