using System.Text;
using Fulcrum.Core.Problems;
using YamlDotNet.Core;
using YamlDotNet.Core.Events;

namespace Fulcrum.Scenario.Loading.Internal;

/// <summary>
/// The checks made before a case file is parsed, so that a wrong file is refused quickly and
/// without being read into memory: size, encoding, emptiness and alias expansion.
/// </summary>
internal static class YamlGuard
{
    /// <summary>A case file is text written by hand: 4 MiB is far beyond any real one.</summary>
    public const long MaxBytes = 4L * 1024 * 1024;

    /// <summary>Nodes a document may expand to once aliases are followed (a "billion laughs" guard).</summary>
    public const long MaxExpandedNodes = 200_000;

    private static readonly UTF8Encoding StrictUtf8 = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);

    /// <summary>Reads a case file's bytes, or returns null with the problem recorded.</summary>
    public static byte[]? ReadBytes(string path, ProblemList problems)
    {
        var info = new FileInfo(path);
        if (!info.Exists)
        {
            problems.Add(0, 0, "file not found", "check the path; `fulcrum case export > my.fulcrum.yaml` writes a starting case");
            return null;
        }
        if (info.Length > MaxBytes)
        {
            problems.Add(0, 0, $"file is {info.Length:N0} bytes; a case file may be at most {MaxBytes:N0} bytes",
                "this does not look like a case file; check the path");
            return null;
        }
        return File.ReadAllBytes(path);
    }

    /// <summary>Decodes strict UTF-8 (a BOM is allowed), or records where the first bad byte is.</summary>
    public static string? Decode(byte[] bytes, ProblemList problems)
    {
        var start = bytes.AsSpan();
        if (start.StartsWith((byte[])[0xEF, 0xBB, 0xBF])) start = start[3..];
        else if (start.StartsWith((byte[])[0xFF, 0xFE]) || start.StartsWith((byte[])[0xFE, 0xFF]))
        {
            problems.Add(0, 0, "file is UTF-16, not UTF-8", "save the file as UTF-8");
            return null;
        }
        try
        {
            return StrictUtf8.GetString(start);
        }
        catch (DecoderFallbackException e)
        {
            var offset = Math.Max(0, e.Index);
            var (line, column) = LocateByte(start, offset);
            problems.Add(line, column, "file is not valid UTF-8 (a byte sequence that is not a character)",
                "save the file as UTF-8; text pasted from another encoding is the usual cause");
            return null;
        }
    }

    /// <summary>Records a problem when the text holds no YAML at all.</summary>
    public static bool IsEmpty(string text, ProblemList problems)
    {
        var empty = text.Split('\n').All(l => l.Trim().Length == 0 || l.TrimStart().StartsWith('#'));
        if (empty) problems.Add(0, 0, "file is empty", "a case needs at least focal, powers, interests, options, scenarios and reactions; see docs/case-format.md");
        return empty;
    }

    /// <summary>YamlDotNet prefixes its message with the location, which the problem already carries.</summary>
    public static string CleanMessage(YamlException e)
    {
        var message = e.InnerException?.Message ?? e.Message;
        var close = message.IndexOf("): ", StringComparison.Ordinal);
        return message.StartsWith("(Line", StringComparison.Ordinal) && close > 0 ? message[(close + 3)..] : message;
    }

    /// <summary>
    /// Checks the YAML syntax and counts the nodes the document expands to when aliases are followed, without building it,
    /// and records a problem when the syntax is wrong or the count passes <see cref="MaxExpandedNodes"/>.
    /// </summary>
    public static bool IsMalformed(string text, ProblemList problems)
    {
        var sizes = new Dictionary<string, long>(StringComparer.Ordinal);
        var stack = new Stack<(string? Anchor, long Count)>();
        stack.Push((null, 0));
        var parser = new Parser(new StringReader(text));
        Mark last = Mark.Empty;
        try
        {
            while (parser.MoveNext())
            {
                last = parser.Current!.End;
                switch (parser.Current)
                {
                    case MappingStart m: stack.Push((AnchorOf(m), 1)); break;
                    case SequenceStart s: stack.Push((AnchorOf(s), 1)); break;
                    case Scalar sc: Add(AnchorOf(sc), 1); break;
                    case AnchorAlias a: Add(null, sizes.GetValueOrDefault(a.Value.Value, 1)); break;
                    case MappingEnd or SequenceEnd:
                        var (anchor, count) = stack.Pop();
                        Add(anchor, count);
                        break;
                }
                if (stack.Peek().Count > MaxExpandedNodes)
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

    private static string? AnchorOf(NodeEvent e) => e.Anchor.IsEmpty ? null : e.Anchor.Value;

    private static (int Line, int Column) LocateByte(ReadOnlySpan<byte> bytes, int offset)
    {
        var line = 1;
        var lineStart = 0;
        for (var i = 0; i < offset && i < bytes.Length; i++)
            if (bytes[i] == (byte)'\n') { line++; lineStart = i + 1; }
        return (line, offset - lineStart + 1);
    }
}
