using Fulcrum.Core.IO.Internal;
using Fulcrum.Core.Problems;
using Fulcrum.Core.Text;

namespace Fulcrum.Core.IO;

/// <summary>
/// The one way Fulcrum reads a user's file whole: a path that is not a regular file (a folder, a
/// named pipe, a device, a socket) is refused before it is opened, so a pipe never blocks and
/// <c>/dev/zero</c> is never read; a file larger than its kind's cap (<see cref="InputKinds.MaxBytes"/>)
/// is refused from its size, and one that holds more than it reported is stopped one byte past the
/// cap. Every failure, permission denied included, is a <see cref="Problem"/> naming the file.
/// </summary>
public static class BoundedInput
{
    /// <summary>What would keep <paramref name="path"/> from being read as <paramref name="kind"/>, without opening it; null when nothing.</summary>
    public static Problem? Check(string path, InputKind kind)
    {
        ArgumentNullException.ThrowIfNull(path);
        return Node(path, kind, out var node) is { } bad ? bad : InputProblems.Refusal(path, kind, node, InputKinds.MaxBytes(kind));
    }

    /// <summary>
    /// Opens <paramref name="path"/> for reading. The stream fails with <see cref="InputLimitException"/>
    /// (an <see cref="IOException"/>) past the cap; the caller disposes it.
    /// </summary>
    public static Checked<Stream> Open(string path, InputKind kind) => Open(path, kind, InputKinds.MaxBytes(kind));

    /// <summary>The bytes of <paramref name="path"/>, at most the cap of <paramref name="kind"/>.</summary>
    public static Checked<byte[]> ReadBytes(string path, InputKind kind) => ReadBytes(path, kind, InputKinds.MaxBytes(kind));

    /// <summary>The text of <paramref name="path"/>: strict UTF-8 (<see cref="StrictUtf8"/>), byte-order marks removed.</summary>
    public static Checked<string> ReadText(string path, InputKind kind)
    {
        var bytes = ReadBytes(path, kind);
        return bytes.Value is { } b ? StrictUtf8.Decode(b, path) : Checked<string>.Failure(bytes.Problems);
    }

    /// <summary>
    /// The text of an already open stream (a decompressing one, say), read to at most the cap of
    /// <paramref name="kind"/>; <paramref name="name"/> names it in problems. Exceptions other than
    /// <see cref="IOException"/> (a gzip stream's <see cref="InvalidDataException"/>) pass through.
    /// </summary>
    public static Checked<string> ReadText(Stream stream, string name, InputKind kind)
    {
        ArgumentNullException.ThrowIfNull(stream);
        ArgumentNullException.ThrowIfNull(name);
        var cap = InputKinds.MaxBytes(kind);
        using var capped = new CappedStream(stream, cap, () => InputProblems.PastCap(name, kind, cap));
        var bytes = ReadAll(capped, name, 0);
        return bytes.Value is { } b ? StrictUtf8.Decode(b, name) : Checked<string>.Failure(bytes.Problems);
    }

    internal static Checked<Stream> Open(string path, InputKind kind, long cap)
    {
        ArgumentNullException.ThrowIfNull(path);
        if ((Node(path, kind, out var node) ?? InputProblems.Refusal(path, kind, node, cap)) is { } refused) return Checked<Stream>.Failure([refused]);
        FileStream file;
        try
        {
            file = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read, bufferSize: 0, FileOptions.SequentialScan);
        }
        catch (UnauthorizedAccessException)
        {
            return Checked<Stream>.Failure([Directory.Exists(path) ? InputProblems.Refusal(path, kind, node with { Type = NodeType.Directory }, cap)! : InputProblems.PermissionDenied(path)]);
        }
        catch (Exception e) when (e is FileNotFoundException or DirectoryNotFoundException)
        {
            return Checked<Stream>.Failure([InputProblems.NotFound(path, kind)]);
        }
        catch (IOException e)
        {
            return Checked<Stream>.Failure([InputProblems.Unreadable(path, e)]);
        }
        // The path may have been replaced between the check and the open: check what was opened.
        if (FileNode.Of(file.SafeFileHandle) is { } opened && InputProblems.Refusal(path, kind, opened, cap) is { } changed)
        {
            file.Dispose();
            return Checked<Stream>.Failure([changed]);
        }
        return Checked<Stream>.Success(new CappedStream(file, cap, () => InputProblems.PastCap(path, kind, cap)));
    }

    internal static Checked<byte[]> ReadBytes(string path, InputKind kind, long cap)
    {
        var opened = Open(path, kind, cap);
        if (opened.Value is not { } stream) return Checked<byte[]>.Failure(opened.Problems);
        using (stream) return ReadAll(stream, path, ((CappedStream)stream).ReportedLength);
    }

    private static Checked<byte[]> ReadAll(Stream stream, string name, long sizeHint)
    {
        try
        {
            using var buffer = new MemoryStream((int)Math.Min(sizeHint + 1, 1 << 20));
            stream.CopyTo(buffer);
            return Checked<byte[]>.Success(buffer.ToArray());
        }
        catch (InputLimitException e)
        {
            return Checked<byte[]>.Failure([e.Problem]);
        }
        catch (IOException e)
        {
            return Checked<byte[]>.Failure([InputProblems.Unreadable(name, e)]);
        }
        catch (UnauthorizedAccessException)
        {
            return Checked<byte[]>.Failure([InputProblems.PermissionDenied(name)]);
        }
    }

    /// <summary>The node at <paramref name="path"/>, or the problem when the path itself is unusable.</summary>
    private static Problem? Node(string path, InputKind kind, out FileNode node)
    {
        node = default;
        if (path.Length == 0) return InputProblems.NoPath(kind);
        if (path.Contains('\0', StringComparison.Ordinal)) return InputProblems.InvalidPath(path);
        try
        {
            node = FileNode.Of(path);
            return null;
        }
        catch (Exception e) when (e is ArgumentException or NotSupportedException or PathTooLongException)
        {
            return InputProblems.InvalidPath(path);
        }
    }
}
