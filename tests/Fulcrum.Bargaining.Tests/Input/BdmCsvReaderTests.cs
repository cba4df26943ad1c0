using Fulcrum.Bargaining.Input;
using Fulcrum.Core.Problems;

namespace Fulcrum.Bargaining.Tests.Input;

/// <summary>The BDM CSV layout as the replications ship it (Fixtures/Bdm, see SOURCE.md there).</summary>
public class BdmCsvReaderTests
{
    private const string Header = "Actor,Capability,Position,Salience\n";

    private static Problem Only(string text, BdmCsvOptions? options = null)
    {
        var read = BdmCsvReader.ReadText(text, "in.csv", options);
        Assert.False(read.Ok);
        return Assert.Single(read.Problems);
    }

    [Fact]
    public void ReadFile_JmckibExample_FractionSaliencesBecomePercentages()
    {
        var table = Fixture.Bdm("jmckib-ExampleActors.csv");

        Assert.Equal("jmckib-ExampleActors", table.Scenario);
        Assert.Equal(["Position"], table.Dimensions);
        Assert.Equal(10, table.ActorCount);
        var netherlands = table.Actors[0];
        Assert.Equal(("Netherlands", 0.08, 4.0, 80.0), (netherlands.Name, netherlands.Capability, netherlands.Positions[0], netherlands.Saliences[0]));
        Assert.Equal(100.0, table.Actors[8].Saliences[0]); // Denmark, 1.0
    }

    [Theory]
    [InlineData("ExampleActors.scholz2011.lf.csv")]
    [InlineData("dmasad-ExampleActors.cr.csv")]      // bare CR line ends, saliences 0-100
    [InlineData("minimalgeek-countries.csv")]        // lower-case header, no final newline
    public void ReadFile_OtherLayoutsOfTheScholzExample_GiveTheSameTable(string fixture)
    {
        var expected = Fixture.Bdm("jmckib-ExampleActors.csv");

        var table = Fixture.Bdm(fixture);

        Assert.Equal(expected.Actors.Select(a => (a.Name, a.Capability, a.Positions[0], a.Saliences[0])),
            table.Actors.Select(a => (a.Name, a.Capability, a.Positions[0], a.Saliences[0])));
    }

    [Fact]
    public void ReadFile_FractionSaliences_DivideBackToTheWrittenValues()
    {
        var table = Fixture.Bdm("minimalgeek-Iranian_Election.csv");

        Assert.Equal([0.7, 1, 1, 0.6, 1, 0.25, 1, 0.7], table.Actors.Select(a => a.Saliences[0] / 100.0));
    }

    [Fact]
    public void ReadFile_DmasadChina_ReadsStakeholderAndResourcesColumns()
    {
        var table = Fixture.Bdm("dmasad-ChinaData.cr.csv");

        Assert.Equal(24, table.ActorCount);
        Assert.Equal(("Zeming", 80.0, 25.0, 50.0), (table.Actors[0].Name, table.Actors[0].Capability, table.Actors[0].Positions[0], table.Actors[0].Saliences[0]));
        Assert.Equal("Guandung", table.Actors[^1].Name);
    }

    [Fact]
    public void ReadFile_LitigationCaseWithRepeatedNames_ReportsEachRepeat()
    {
        var read = BdmCsvReader.ReadFile(Fixture.Path("minimalgeek-Litigation_Case_Study.csv"));

        Assert.False(read.Ok);
        Assert.Equal(
            ["actor 'Local Democrat' is already on line 11", "actor 'Attorney' is already on line 32",
             "actor 'Attorney' is already on line 32", "actor 'Section Chief' is already on line 31"],
            read.Problems.Select(p => p.Message));
        Assert.Equal([13, 33, 34, 39], read.Problems.Select(p => p.Line));
        Assert.All(read.Problems, p => Assert.EndsWith("minimalgeek-Litigation_Case_Study.csv", p.File, StringComparison.Ordinal));
    }

    [Fact]
    public void ReadFile_Missing_ReportsTheFile()
    {
        var read = BdmCsvReader.ReadFile("/nonexistent/actors.csv");

        var problem = Assert.Single(read.Problems);
        Assert.Equal("/nonexistent/actors.csv", problem.File);
        Assert.Equal("file not found", problem.Message);
    }

    [Fact]
    public void ReadText_QuotedNamesBomTrailingCommasAndAnyColumnOrder_AreRead()
    {
        var read = BdmCsvReader.ReadText("\uFEFFSalience,Position,Name,Description,Power,\n0.5, 20 ,\"Korea, South\",\"a \"\"quoted\"\" note\",3,\n1,1995,X,,2\n", "years.csv");

        Assert.True(read.Ok, string.Join("\n", read.Problems));
        var table = read.Value!;
        Assert.Equal(["Korea, South", "X"], table.Actors.Select(a => a.Name));
        Assert.Equal([20.0, 1995.0], table.Actors.Select(a => a.Positions[0])); // fraction saliences: positions keep their units
        Assert.Equal([50.0, 100.0], table.Actors.Select(a => a.Saliences[0]));
        Assert.Equal([3.0, 2.0], table.Actors.Select(a => a.Capability));
    }

    [Theory]
    [InlineData(Header + "A,1,5,80\nB,1,5,120\n", 3, 7, "salience 120 of 'B' is over 100")]
    [InlineData(Header + "A,1,5,80\nB,1,5,-10\n", 3, 7, "salience -10 of 'B' is below 0")]
    [InlineData(Header + "A,1,5,40\nB,1,5,0.8\n", 3, 7, "salience 0.8 of 'B' looks like a fraction (0–1) but line 2 has 40 (0–100)")]
    [InlineData(Header + "A,1,5,80\nB,1,105,40\n", 3, 5, "position 105 of 'B' is outside [0, 100]")]
    [InlineData(Header + "A,1,5,80\nB,0,5,40\n", 3, 3, "capability 0 of 'B' is not above 0")]
    [InlineData(Header + "A,1,5,80\nB,-2,5,40\n", 3, 3, "capability -2 of 'B' is not above 0")]
    [InlineData(Header + "A,1,5,80\na,1,5,40\n", 3, 1, "actor 'a' is already on line 2")]
    [InlineData(Header + "A,1,5,80\nB,1,five,40\n", 3, 5, "the position 'five' is not a number")]
    [InlineData(Header + "A,1,5,80\nB,1,5,NaN\n", 3, 7, "the salience 'NaN' is not a number")]
    [InlineData(Header + "A,1,5,80\nB,,5,40\n", 3, 3, "the capability is empty")]
    [InlineData(Header + "A,1,5,80\n,1,5,40\n", 3, 1, "the actor name is empty")]
    [InlineData(Header + "A,1,5,80\nB,1,5\n", 3, 0, "this line has 3 fields; the header has 4")]
    [InlineData(Header + "A,1,5,80\nB,1,5,40,7\n", 3, 0, "this line has 5 fields; the header has 4")]
    [InlineData("Actor,Capability,Position,Salience,Colour\nA,1,5,80,red\n", 1, 36, "unknown column 'Colour' in the header")]
    [InlineData("Actor,Capability,Position\nA,1,5\nB,1,6\n", 1, 0, "the header has no salience column")]
    [InlineData("Actor,Power,Position,Salience,Clout\nA,1,5,80,1\n", 1, 31, "column 'Clout' repeats the capability column")]
    [InlineData(Header + "A,1,5,80\n", 0, 0, "the file has 1 actor; bargaining needs at least two")]
    [InlineData("\n\n", 0, 0, "the file is empty")]
    public void ReadText_BadInput_OneProblemNamingLineColumnAndField(string text, int line, int column, string message)
    {
        var problem = Only(text);

        Assert.Equal(("in.csv", line, column, message), (problem.File, problem.Line, problem.Column, problem.Message));
        Assert.False(string.IsNullOrWhiteSpace(problem.Hint));
    }

    [Fact]
    public void ReadText_FractionScaleDeclared_SalienceOverOneIsReported()
    {
        var problem = Only(Header + "A,1,5,0.8\nB,1,5,40\n", new BdmCsvOptions { SalienceScale = BdmSalienceScale.Fraction });

        Assert.Equal("salience 40 of 'B' is over 1", problem.Message);
        Assert.Contains("fractions (0–1)", problem.Hint, StringComparison.Ordinal);
    }

    [Fact]
    public void ReadText_PercentPositionsDeclared_FractionFileIsChecked()
    {
        var problem = Only(Header + "A,1,5,0.8\nB,1,1995,0.4\n", new BdmCsvOptions { PositionScale = BdmPositionScale.Percent });

        Assert.Equal("position 1995 of 'B' is outside [0, 100]", problem.Message);
    }

    [Fact]
    public void ReadText_FreePositionsDeclared_PercentFileMayUseYears()
    {
        var read = BdmCsvReader.ReadText(Header + "A,1,1995,80\nB,1,2005,40\n", "in.csv", new BdmCsvOptions { PositionScale = BdmPositionScale.Free });

        Assert.True(read.Ok);
    }

    [Fact]
    public void ReadText_KtabLayout_PointsToTheKtabReader()
    {
        const string ktab = "dummyData_3Dim,Description,7,3,\nActor,Description,Power,Pstn1,Sal1,Pstn2,Sal2,Pstn3,Sal3,\nSActor-00,d,100,10,20,30,20,50,20,\n";

        var problem = Only(ktab);

        Assert.StartsWith("this is KTAB's CSV layout", problem.Message, StringComparison.Ordinal);
        Assert.Contains("KTAB reader", problem.Hint, StringComparison.Ordinal);
    }

    [Fact]
    public void ReadText_ManyProblems_AllReportedInLineOrder()
    {
        var read = BdmCsvReader.ReadText(Header + "A,0,5,80\nB,1,x,40\nA,1,5,200\n", "in.csv");

        Assert.Equal([2, 3, 4, 4], read.Problems.Select(p => p.Line));
    }
}
