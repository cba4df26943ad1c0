using Fulcrum.Bargaining;
using Fulcrum.Bargaining.Bdm;
using Fulcrum.Bargaining.Input;
using Fulcrum.Bargaining.Smp;
using Fulcrum.Core.Problems;
using Fulcrum.Scenario.Model;

namespace Fulcrum.Questions.Internal;

/// <summary>
/// A question's actor table as written (in the case, or in its actor file), the model that runs it
/// and the seed: what every option's table is shifted from.
/// </summary>
internal sealed record QuestionTable(Question Question, ActorTable Table, IBargainingModel Model, string ModelKey, ulong Seed)
{
    /// <summary>The table of <paramref name="q"/>, read from its file when it names one (relative to <paramref name="folder"/>).</summary>
    public static Checked<QuestionTable> Of(Question q, string? folder, string caseName)
    {
        ActorTable table;
        SmpParameters? parameters = null;
        ulong? fileSeed = null;
        if (q.ActorsFile is { } file)
        {
            if (folder is null)
                return Fail(new Problem(caseName, 0, 0, $"question '{q.Id}' reads its actors from '{file}', but this case has no folder to find it in",
                    "write the actor table in the case, or load the case from a file beside its actor file"));
            var read = BargainingFile.Read(Path.Combine(folder, file));
            if (read.Value is not { } f) return Checked<QuestionTable>.Failure(read.Problems);
            if (f.Table.DimensionCount != 1)
                return Fail(new Problem(caseName, 0, 0, $"question '{q.Id}' reads {f.Table.DimensionCount} dimensions from '{file}'; a question has one",
                    "give the question a table with one dimension (the question's scale)"));
            (table, parameters, fileSeed) = (f.Table, f.Parameters, f.Seed);
        }
        else
        {
            table = new ActorTable
            {
                Scenario = q.Id,
                Description = q.Name,
                Dimensions = [q.Id],
                Actors = [.. q.Actors.Select(a => new BargainingActor(a.Name, a.Description, a.Capability, [a.Position], [a.Salience]))],
            };
        }
        // The key names the model and every parameter with its value: a record's text does exactly that.
        var (model, key) = q.Model == QuestionModel.Smp
            ? ((IBargainingModel)new SmpModel(parameters, maxDegreeOfParallelism: 1), "smp " + (parameters ?? new SmpParameters()))
            : (new BdmModel(BdmOptions.Paper), "bdm " + BdmOptions.Paper);
        if (model is BdmModel && BdmModel.Check(table) is { Count: > 0 } refused) return Checked<QuestionTable>.Failure(refused);
        return Checked<QuestionTable>.Success(new QuestionTable(q, table, model, key, q.Seed ?? fileSeed ?? SmpParameters.KtabDefaultSeed));
    }

    /// <summary>
    /// The table under <paramref name="option"/>: each actor it shifts moved by the shift (nothing is
    /// clamped: a shift off the model's scale is a problem).
    /// </summary>
    public Checked<ActorTable> Under(PolicyOption option, string caseName)
    {
        if (option.Shifts.Count == 0) return Checked<ActorTable>.Success(Table);
        var problems = new ProblemList(caseName);
        var actors = Table.Actors.Select(a =>
        {
            if (!option.Shifts.TryGetValue(a.Name, out var shift)) return a;
            var position = a.Positions[0] + (shift.Position ?? 0);
            var salience = a.Saliences[0] + (shift.Salience ?? 0);
            var where = $"option '{option.Id}' moves actor '{a.Name}' of question '{Question.Id}'";
            if (Model is SmpModel && position is < 0 or > 100)
                problems.Add(0, 0, $"{where} to position {position:R}, off the spatial model's 0-100 scale", "keep the shifted position within [0, 100]");
            if (salience is < 0 or > 100 || (Model is SmpModel && salience == 0))
                problems.Add(0, 0, $"{where} to salience {salience:R}, outside {(Model is SmpModel ? "(0, 100]" : "[0, 100]")}", "keep the shifted salience within the scale");
            return a with { Positions = [position], Saliences = [salience] };
        }).ToList();
        return problems.Any ? Checked<ActorTable>.Failure(problems.Items) : Checked<ActorTable>.Success(Table with { Actors = actors });
    }

    private static Checked<QuestionTable> Fail(Problem p) => Checked<QuestionTable>.Failure([p]);
}
