using Fulcrum.Core.IO;
using Fulcrum.Core.Problems;
using Fulcrum.Core.Text;
using YamlDotNet.Core;
using YamlDotNet.Core.Events;

namespace Fulcrum.Scenario.Loading.Internal;

/// <summary>
/// The checks made before a case file is parsed, so that a wrong file is refused quickly and
/// without being built in memory: what the path is and its size (<see cref="BoundedInput"/>),
/// encoding, emptiness, nesting depth and alias expansion. Every check is one pass over the text.
/// </summary>
internal static class YamlGuard
{
    /// <summary>The largest case file, in bytes (and the longest case text, in characters).</summary>
    public static readonly long MaxBytes = InputKinds.MaxBytes(InputKind.CaseFile);

    /// <summary>
    /// How deep collections may nest. A case nests about eight levels (a reaction's override's
    /// effect's distribution's list); YamlDotNet builds nested nodes by recursion, and its scanner
    /// re-examines every open level at each token, so depth must be bounded before it parses.
    /// </summary>
    public const int MaxDepth = 64;

    /// <summary>
    /// Nodes a document may expand to once aliases are followed (a "billion laughs" guard). A file
    /// within <see cref="MaxBytes"/> holds fewer literal nodes than this (each takes at least two
    /// bytes), so only aliases can pass it: a large genuine case (10,000 options) never does.
    /// </summary>
    public const long MaxExpandedNodes = 5_000_000;

    /// <summary>Reads a case file's bytes through <see cref="BoundedInput"/>, or returns null with the problem recorded.</summary>
    public static byte[]? ReadBytes(string path, ProblemList problems)
    {
        var bytes = BoundedInput.ReadBytes(path, InputKind.CaseFile);
        foreach (var p in bytes.Problems) problems.Add(p.Line, p.Column, p.Message, p.Hint);
        return bytes.Value;
    }

    /// <summary>Decodes strict UTF-8 (byte-order marks allowed), or records where the first bad byte is.</summary>
    public static string? Decode(byte[] bytes, ProblemList problems) =>
        bytes.LongLength > MaxBytes
            ? Refuse(problems, $"the case is {bytes.LongLength:N0} bytes; a case file may be at most {MaxBytes:N0} bytes")
            : Take(StrictUtf8.Decode(bytes, problems.File), problems);

    /// <summary>Records a problem when text given directly (not from a file) is longer than a case file may be.</summary>
    public static bool IsTooLong(string text, ProblemList problems)
    {
        if (text.Length <= MaxBytes) return false;
        Refuse(problems, $"the case text is {text.Length:N0} characters; a case file may be at most {MaxBytes:N0} bytes");
        return true;
    }

    /// <summary>Records a problem when the text holds no YAML at all. LF, CRLF and a bare CR all end a line.</summary>
    public static bool IsEmpty(string text, ProblemList problems)
    {
        var empty = CsvLine.Lines(text).All(l => l.Text.Trim().Length == 0 || l.Text.TrimStart().StartsWith('#'));
        if (empty) problems.Add(0, 0, "file is empty", "a case needs at least focal, powers, interests, options, scenarios and reactions; see docs/case-format.md");
        return empty;
    }

    /// <summary>YamlDotNet prefixes its message with the location, which the problem already carries.</summary>
    public static string CleanMessage(YamlException e)
    {
        var message = e.InnerException?.Message ?? e.Message;
        var close = message.IndexOf("): ", StringComparison.Ordinal);
        return Echo.Value(message.StartsWith("(Line", StringComparison.Ordinal) && close > 0 ? message[(close + 3)..] : message);
    }

    /// <summary>
    /// Checks the YAML syntax, the nesting depth and the nodes the document expands to when
    /// aliases are followed, from the parser's events without building the document; records a
    /// problem and returns true at the first one that is wrong.
    /// </summary>
    public static bool IsMalformed(string text, ProblemList problems)
    {
        var sizes = new Dictionary<string, long>(StringComparer.Ordinal);
        var stack = new Stack<(string? Anchor, long Count)>();
        stack.Push((null, 0));
        long total = 0; // nodes so far, aliases expanded
        var parser = new Parser(new StringReader(text));
        var last = Mark.Empty;
        try
        {
            while (parser.MoveNext())
            {
                last = parser.Current!.End;
                switch (parser.Current)
                {
                    case MappingStart or SequenceStart:
                        // The stream and document levels are not collections: depth counts from the root node.
                        if (stack.Count > MaxDepth) return TooDeep(parser.Current.Start, problems);
                        stack.Push((AnchorOf((NodeEvent)parser.Current), 1));
                        total++;
                        break;
                    case Scalar sc:
                        Add(AnchorOf(sc), 1);
                        total++;
                        break;
                    case AnchorAlias a:
                        var size = sizes.GetValueOrDefault(a.Value.Value, 1);
                        Add(null, size);
                        total = Math.Min(total + size, long.MaxValue / 2);
                        break;
                    case MappingEnd or SequenceEnd:
                        // A closed collection's count moves into its parent's: the total stays.
                        var (anchor, count) = stack.Pop();
                        Add(anchor, count);
                        break;
                }
                if (total > MaxExpandedNodes)
                {
                    var mark = parser.Current!.Start;
                    problems.Add((int)mark.Line, (int)mark.Column,
                        $"YAML aliases expand this document to more than {MaxExpandedNodes:N0} nodes (an alias bomb?)",
                        "write the values out instead of repeating aliases");
                    return true;
                }
            }
        }
        catch (YamlException e)
        {
            problems.Add((int)e.Start.Line, (int)e.Start.Column, $"YAML syntax error: {CleanMessage(e)}",
                "check indentation, brackets and quoting on this line and the one before it");
            return true;
        }
        catch (InvalidOperationException)
        {
            // YamlDotNet's scanner throws this, without a location, on some unclosed flow collections.
            problems.Add((int)last.Line, (int)last.Column, "YAML syntax error after this point: an unclosed '[', '{' or quote?",
                "check that every '[' and '{' is closed on the line where it opens");
            return true;
        }
        return false;

        void Add(string? anchor, long n)
        {
            if (anchor is not null) sizes[anchor] = n;
            var (a, c) = stack.Pop();
            stack.Push((a, Math.Min(c + n, long.MaxValue / 2)));
        }
    }

    private static bool TooDeep(Mark mark, ProblemList problems)
    {
        problems.Add((int)mark.Line, (int)mark.Column, $"YAML nests more than {MaxDepth} levels deep here; a case file nests at most {MaxDepth}",
            "a case needs about eight levels: check for brackets that are opened and never closed, or runaway indentation");
        return true;
    }

    private static string? AnchorOf(NodeEvent e) => e.Anchor.IsEmpty ? null : e.Anchor.Value;

    private static string? Take(Checked<string> text, ProblemList problems)
    {
        foreach (var p in text.Problems) problems.Add(p.Line, p.Column, p.Message, p.Hint);
        return text.Value;
    }

    private static string? Refuse(ProblemList problems, string message)
    {
        problems.Add(0, 0, message, "this does not look like a case file");
        return null;
    }
}
