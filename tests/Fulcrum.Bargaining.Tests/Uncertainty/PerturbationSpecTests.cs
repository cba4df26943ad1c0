using Fulcrum.Bargaining.Uncertainty;
using Fulcrum.Core.Problems;

namespace Fulcrum.Bargaining.Tests.Uncertainty;

public class PerturbationSpecTests
{
    [Theory]
    [InlineData("position=5,salience=10,capability=0.2", 5, 10, 0.2)]
    [InlineData(" Salience = 2.5 , POS=1e-1", 0.1, 2.5, 0)]
    [InlineData("cap=0.3", 0, 0, 0.3)]
    [InlineData("position=0", 0, 0, 0)]
    public void Parse_ValidSpec_ReadsEachSd(string text, double position, double salience, double capability)
    {
        var parsed = PerturbationSpec.Parse(text);

        Assert.True(parsed.Ok, string.Join("\n", parsed.Problems));
        Assert.Equal(new PerturbationSpec(position, salience, capability), parsed.Value);
    }

    [Fact]
    public void ToString_RoundTripsThroughParse()
    {
        var spec = new PerturbationSpec(5, 0.1, 0.25);

        Assert.Equal(spec, PerturbationSpec.Parse(spec.ToString()).Value);
        Assert.True(new PerturbationSpec().IsNone);
    }

    [Theory]
    [InlineData("", 0, "the perturbation spec is empty")]
    [InlineData("position", 1, "'position' has no '=' and value")]
    [InlineData("position=5,colour=2", 12, "unknown input 'colour'")]
    [InlineData("position=5, salience=-1", 13, "the SD of salience '-1' is not a number >= 0")]
    [InlineData("position=five", 1, "the SD of position 'five' is not a number >= 0")]
    [InlineData("capability=NaN", 1, "the SD of capability 'NaN' is not a number >= 0")]
    [InlineData("pos=1,position=2", 7, "position is given twice")]
    public void Parse_BadSpec_NamesTheItemAndItsColumn(string text, int column, string message)
    {
        var parsed = PerturbationSpec.Parse(text);

        Assert.False(parsed.Ok);
        var problem = Assert.Single(parsed.Problems);
        Assert.Equal((Subjects.Perturb, "", column, message), (problem.Subject, problem.File, problem.Column, problem.Message));
        Assert.False(string.IsNullOrWhiteSpace(problem.Hint));
    }
}
