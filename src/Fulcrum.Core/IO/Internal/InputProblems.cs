using System.Runtime.InteropServices;
using Fulcrum.Core.Problems;
using Fulcrum.Core.Text;

namespace Fulcrum.Core.IO.Internal;

/// <summary>The problems <see cref="BoundedInput"/> reports, one wording for every kind of input.</summary>
internal static class InputProblems
{
    public static Problem NotFound(string path, InputKind kind) => kind switch
    {
        InputKind.CaseFile => new(path, 0, 0, "file not found", "check the path; `fulcrum case export > my.fulcrum.yaml` writes a starting case"),
        InputKind.SeriesCsv => new(path, 0, 0, "no such file", "check the path, or use builtin:gdelt-dyads for the series that ship with Fulcrum"),
        InputKind.BargainingTable => new(path, 0, 0, "file not found", "give a KTAB CSV or XML scenario, or a BDM CSV"),
        _ => new(path, 0, 0, "file not found", "check the path"),
    };

    /// <summary>Why a node that is not a regular file is refused, before it is opened.</summary>
    public static Problem? Refusal(string path, InputKind kind, FileNode node, long cap) => node.Type switch
    {
        NodeType.Regular when node.Size > cap => TooLarge(path, kind, node.Size, cap),
        NodeType.Regular => null,
        NodeType.Missing => NotFound(path, kind),
        NodeType.Directory => new(path, 0, 0, "is a folder, not a file", $"give the path of {InputKinds.Noun(kind)} inside it"),
        NodeType.Fifo => new(path, 0, 0, "is a named pipe (FIFO), not a file: reading it would wait for a writer",
            "save the data to a file and give that file's path"),
        NodeType.CharacterDevice or NodeType.BlockDevice => new(path, 0, 0, "is a device, not a file", $"give the path of {InputKinds.Noun(kind)}"),
        NodeType.Socket => new(path, 0, 0, "is a socket, not a file", $"give the path of {InputKinds.Noun(kind)}"),
        NodeType.Other => new(path, 0, 0, "is not a regular file", $"give the path of {InputKinds.Noun(kind)}"),
        _ => Errno(path, node.Errno),
    };

    public static Problem TooLarge(string path, InputKind kind, long size, long cap) =>
        new(path, 0, 0, $"file is {size:N0} bytes; {InputKinds.Noun(kind)} may be at most {cap:N0} bytes",
            $"this does not look like {InputKinds.Noun(kind)}; check the path");

    /// <summary>A file that turned out larger than its reported size (it grew, or lives under /proc).</summary>
    public static Problem PastCap(string path, InputKind kind, long cap) =>
        new(path, 0, 0, $"file holds more than {cap:N0} bytes; {InputKinds.Noun(kind)} may be at most {cap:N0} bytes",
            $"this does not look like {InputKinds.Noun(kind)}; check the path");

    public static Problem PermissionDenied(string path) =>
        new(path, 0, 0, "cannot be read: permission denied", "check the file's permissions (and those of its folders), or copy it somewhere readable");

    public static Problem NoPath(InputKind kind) =>
        new("", 0, 0, "no file was given", $"give the path of {InputKinds.Noun(kind)}");

    public static Problem InvalidPath(string path) =>
        new(path, 0, 0, "is not a valid path", "check the path for stray characters");

    public static Problem Unreadable(string path, IOException e) =>
        new(path, 0, 0, $"cannot be read: {Echo.Value(e.Message)}", "check the path and that the file is readable");

    private static Problem Errno(string path, int errno) => errno switch
    {
        FileNode.EACCES => PermissionDenied(path),
        FileNode.ENAMETOOLONG => new(path, 0, 0, "cannot be read: the path is too long", "give a shorter path"),
        FileNode.ELOOP => new(path, 0, 0, "cannot be read: its symbolic links loop", "check where the links point"),
        _ => new(path, 0, 0, $"cannot be read: {Marshal.GetPInvokeErrorMessage(errno)}", "check the path and that the file is readable"),
    };
}
