using Fulcrum.Bargaining.Input;
using Fulcrum.Tests.Shared;
using Xunit.Abstractions;

namespace Fulcrum.Bargaining.Tests.Hostile;

/// <summary>
/// One read of a bargaining file, its layout from its content; and every path that is not a file
/// refused at once (bargain /dev/zero once grew to 8.4 GB reading its "first line").
/// </summary>
public sealed class BargainingFileTests(ITestOutputHelper output) : IDisposable
{
    private readonly SpecialFiles _files = new();

    public void Dispose() => _files.Dispose();

    private static string Ktab(string name) => Path.Combine(AppContext.BaseDirectory, "Fixtures", "Ktab", name);

    [Theory]
    [InlineData("Ktab", "dummyData_3Dim.xml", BargainingFile.KtabXml, "smp")]
    [InlineData("Ktab", "SOE-Pol-Comp.csv", BargainingFile.KtabCsv, "smp")]
    [InlineData("Bdm", "jmckib-ExampleActors.csv", BargainingFile.BdmCsv, "bdm")]
    [InlineData("Bdm", "dmasad-ExampleActors.cr.csv", BargainingFile.BdmCsv, "bdm")]
    public void Read_RealFile_RecognisesItsLayout(string folder, string name, string layout, string model)
    {
        var file = BargainingFile.Read(Path.Combine(AppContext.BaseDirectory, "Fixtures", folder, name));
        Assert.True(file.Ok, string.Join("\n", file.Problems));
        Assert.Equal((layout, model), (file.Value!.Layout, file.Value.NaturalModel));
        Assert.True(file.Value.Table.ActorCount >= 3);
    }

    [Fact]
    public void Read_KtabXml_KeepsItsSeedAndParameters()
    {
        var file = BargainingFile.Read(Ktab("smpExample-fixed.xml")).Value!; // smpExample.xml as KTAB ships it has a known error
        Assert.NotNull(file.Parameters);
        Assert.NotNull(file.Seed);
    }

    [Fact]
    public void Read_DevZero_IsRefusedWithoutReading()
    {
        var file = SpecialFiles.WithinPatience(() => BargainingFile.Read("/dev/zero"));
        Assert.Equal(("/dev/zero", "is a device, not a file"), (Assert.Single(file.Problems).File, file.Problems[0].Message));
    }

    [Fact]
    public void Read_NamedPipe_IsRefusedWithoutBlocking()
    {
        var fifo = _files.Fifo("actors.csv");
        var file = SpecialFiles.WithinPatience(() => BargainingFile.Read(fifo));
        Assert.StartsWith("is a named pipe", Assert.Single(file.Problems).Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("csv")]
    [InlineData("xml")]
    public void Readers_Folder_SayItIsAFolder(string kind)
    {
        var problems = kind == "xml" ? KtabXmlReader.Read(_files.Folder).Problems : KtabCsvReader.Read(_files.Folder).Problems;
        Assert.Equal("is a folder, not a file", Assert.Single(problems).Message);
        Assert.Equal("is a folder, not a file", Assert.Single(BdmCsvReader.ReadFile(_files.Folder).Problems).Message);
    }

    [Fact]
    public void Readers_Unreadable_IsAProblemNamingTheFile()
    {
        if (_files.Unreadable(out var why) is not { } path)
        {
            output.WriteLine($"not run: {why}");
            return;
        }
        foreach (var problems in new[] { KtabCsvReader.Read(path).Problems, KtabXmlReader.Read(path).Problems, BdmCsvReader.ReadFile(path).Problems, BargainingFile.Read(path).Problems })
            Assert.Equal((path, "cannot be read: permission denied"), (Assert.Single(problems).File, problems[0].Message));
    }

    [Fact]
    public void KtabXmlReader_Dtd_IsRefusedSoEntitiesCannotExpand()
    {
        const string laughs = """
            <?xml version="1.0"?>
            <!DOCTYPE Scenario [<!ENTITY a "aaaaaaaaaa"><!ENTITY b "&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;"><!ENTITY c "&b;&b;&b;&b;&b;&b;&b;&b;&b;&b;">]>
            <Scenario><name>&c;</name></Scenario>
            """;
        var problem = Assert.Single(KtabXmlReader.Parse(laughs, "laughs.xml").Problems);
        Assert.StartsWith("not well-formed XML: For security reasons DTD is prohibited", problem.Message, StringComparison.Ordinal);
    }
}
