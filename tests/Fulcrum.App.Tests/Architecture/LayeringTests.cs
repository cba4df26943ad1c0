using System.Reflection;
using System.Reflection.Metadata;
using System.Reflection.Metadata.Ecma335;
using System.Reflection.PortableExecutable;
using System.Text.RegularExpressions;

namespace Fulcrum.App.Tests.Architecture;

/// <summary>
/// The layering the hosts rely on: the application layer never reaches a store engine, a terminal
/// library or a command-line parser, and no library speaks in a host's flags.
/// </summary>
public partial class LayeringTests
{
    private static readonly string[] Forbidden = ["DuckDB.NET.Data", "DuckDB.NET.Bindings", "Spectre.Console", "System.CommandLine"];

    /// <summary>The hosts: they alone may name their flags.</summary>
    private static readonly string[] Hosts = ["fulcrum", "Fulcrum.Cli", "Fulcrum.Web"];

    [Fact]
    public void App_ReachesNoStoreEngineTerminalOrParser_EvenTransitively()
    {
        var reached = new SortedSet<string>(StringComparer.Ordinal);
        var queue = new Queue<AssemblyName>([typeof(FulcrumServices).Assembly.GetName()]);
        while (queue.Count > 0)
        {
            var name = queue.Dequeue();
            if (!reached.Add(name.Name!) || !IsOurs(name.Name!)) continue;
            foreach (var reference in Assembly.Load(name).GetReferencedAssemblies()) queue.Enqueue(reference);
        }

        Assert.Contains("Fulcrum.Decision", reached);
        Assert.DoesNotContain(reached, r => Forbidden.Any(f => r.StartsWith(f, StringComparison.Ordinal)));
    }

    [Fact]
    public void Libraries_NameNoCommandLineFlagInAnyString()
    {
        var libraries = Directory.GetFiles(AppContext.BaseDirectory, "Fulcrum.*.dll")
            .Where(p => !Path.GetFileName(p).Contains(".Tests", StringComparison.Ordinal) && !Hosts.Contains(Path.GetFileNameWithoutExtension(p)))
            .ToList();
        var store = Assert.Single(libraries, p => p.EndsWith("Fulcrum.Store.DuckDb.dll", StringComparison.Ordinal));
        Assert.Contains(UserStrings(store), s => s.Contains("SELECT", StringComparison.Ordinal)); // the scan reads the literals
        Assert.Matches(Flag(), "give the store with --db FILE");
        Assert.DoesNotMatch(Flag(), "-- a comment in SQL, and a 2021-10-01 date");

        var found = libraries.SelectMany(p => UserStrings(p).Where(s => Flag().IsMatch(s)).Select(s => $"{Path.GetFileName(p)}: {s}")).ToList();

        Assert.Empty(found);
    }

    private static bool IsOurs(string name) => name.StartsWith("Fulcrum.", StringComparison.Ordinal);

    /// <summary>Every string literal in the assembly (the #US heap).</summary>
    private static IEnumerable<string> UserStrings(string path)
    {
        using var pe = new PEReader(File.OpenRead(path));
        var md = pe.GetMetadataReader();
        var strings = new List<string>();
        var handle = MetadataTokens.UserStringHandle(1);
        while (!handle.IsNil)
        {
            strings.Add(md.GetUserString(handle));
            handle = MetadataReaderExtensions.GetNextHandle(md, handle);
        }
        return strings;
    }

    /// <summary>A long option as a host spells it: <c>--db</c>, <c>--as-of</c> (not an SQL comment, <c>-- x</c>).</summary>
    [GeneratedRegex(@"(?<![\w-])--[a-z][a-z0-9]*(-[a-z0-9]+)*\b")]
    private static partial Regex Flag();
}
