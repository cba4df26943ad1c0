using Fulcrum.Core.IO;
using Fulcrum.Core.Problems;
using Fulcrum.Scenario.BuiltIn;
using Fulcrum.Scenario.Loading.Internal;
using Fulcrum.Scenario.Model;
using YamlDotNet.Core;
using YamlDotNet.RepresentationModel;

namespace Fulcrum.Scenario.Loading;

/// <summary>
/// Loads a case file and checks it completely: the result holds either the case or every problem
/// found, each with file, line, column, message and hint. Bad input is a value, never an exception.
/// </summary>
public static class CaseLoader
{
    /// <summary>Loads a case from a file on disk.</summary>
    public static Checked<Case> LoadFile(string path) => Of(LoadFileDocument(path));

    /// <summary>Loads a case from a file on disk, with the SHA-256 of the bytes it was read from.</summary>
    public static Checked<CaseDocument> LoadFileDocument(string path)
    {
        var problems = new ProblemList(path);
        var bytes = YamlGuard.ReadBytes(path, problems);
        if (bytes is null) return Checked<CaseDocument>.Failure(problems.Sorted());
        var text = YamlGuard.Decode(bytes, problems);
        var loaded = text is null ? Failed(problems) : Parse(text, problems, Path.GetDirectoryName(Path.GetFullPath(path)));
        return Document(loaded, bytes);
    }

    /// <summary>
    /// Loads a built-in case by name, with the SHA-256 of its text as shipped (UTF-8). A built-in
    /// case is embedded in this assembly and cannot change while it runs, and a case is immutable:
    /// each is parsed once per process, so a server's views and a loop's re-examinations share it.
    /// </summary>
    public static Checked<CaseDocument> LoadBuiltInDocument(string name)
    {
        ArgumentNullException.ThrowIfNull(name);
        return BuiltInCases.Names.Contains(name, StringComparer.Ordinal) ? BuiltInDocuments.Get(name) : Checked<CaseDocument>.Failure(UnknownBuiltIn(name).Problems);
    }

    private static readonly ParsedOnce<Checked<CaseDocument>> BuiltInDocuments = new(name =>
    {
        var text = BuiltInCases.Text(name)!;
        return Document(LoadText(text, BuiltInCases.DisplayName(name)), System.Text.Encoding.UTF8.GetBytes(text));
    });

    private static Checked<CaseDocument> Document(Checked<Case> loaded, byte[] bytes) =>
        loaded.Value is { } c
            ? Checked<CaseDocument>.Success(new CaseDocument(c, Convert.ToHexStringLower(System.Security.Cryptography.SHA256.HashData(bytes))))
            : Checked<CaseDocument>.Failure(loaded.Problems);

    private static Checked<Case> Of(Checked<CaseDocument> document) =>
        document.Value is { } d ? Checked<Case>.Success(d.Case) : Checked<Case>.Failure(document.Problems);

    /// <summary>Loads a case from text; <paramref name="name"/> stands for the file in problems.</summary>
    public static Checked<Case> LoadText(string text, string name) => Parse(text, new ProblemList(name), caseDirectory: null);

    /// <summary>Loads a case from raw bytes (checked as UTF-8); <paramref name="name"/> stands for the file.</summary>
    public static Checked<Case> LoadBytes(byte[] bytes, string name)
    {
        var problems = new ProblemList(name);
        var text = YamlGuard.Decode(bytes, problems);
        return text is null ? Failed(problems) : Parse(text, problems, caseDirectory: null);
    }

    /// <summary>Loads a built-in case by name, e.g. <c>israel-2022</c> (parsed once per process, as <see cref="LoadBuiltInDocument"/>).</summary>
    public static Checked<Case> LoadBuiltIn(string name) => Of(LoadBuiltInDocument(name));

    private static Checked<Case> UnknownBuiltIn(string name) =>
        Failed(new ProblemList(name), $"no built-in case named '{name}'", $"built-in cases: {string.Join(", ", BuiltInCases.Names)}");

    private static Checked<Case> Parse(string text, ProblemList problems, string? caseDirectory)
    {
        if (YamlGuard.IsTooLong(text, problems) || YamlGuard.IsEmpty(text, problems) || YamlGuard.IsMalformed(text, problems)) return Failed(problems);
        var stream = new YamlStream();
        try
        {
            stream.Load(new StringReader(text));
        }
        catch (YamlException e)
        {
            problems.Add((int)e.Start.Line, (int)e.Start.Column, $"YAML syntax error: {YamlGuard.CleanMessage(e)}",
                "check indentation and quoting on this line and the one before it");
            return Failed(problems);
        }
        if (stream.Documents.Count != 1)
            return Failed(problems, $"the file holds {stream.Documents.Count} YAML documents; a case file holds one", "put each case in its own file");
        var result = new CaseReader(problems, caseDirectory).Read(stream.Documents[0].RootNode);
        return problems.Any || result is null ? Failed(problems) : Checked<Case>.Success(result);
    }

    private static Checked<Case> Failed(ProblemList problems, string? message = null, string hint = "")
    {
        if (message is not null) problems.Add(0, 0, message, hint);
        return Checked<Case>.Failure(problems.Sorted());
    }
}
