using Fulcrum.App.Weights;

namespace Fulcrum.App.Contracts;

/// <summary>The weighted copy of a case that the weights commands wrote: where, from which case, and each weight replaced.</summary>
public sealed record WeightsCopyContract(string Path, string From, string Source, IReadOnlyList<WeightsCopyContract.Edit> Edits)
{
    public static WeightsCopyContract? Of(CaseCopy? copy) => copy is null ? null
        : new(copy.Path, copy.From, copy.Weights.Source, [.. copy.Written.Edits.Select(e => new Edit(e.Interest, e.Line, e.Column, e.Before, e.After))]);

    /// <summary>One interest's weight in the copy: the original's line and column, the value before and after.</summary>
    public sealed record Edit(string Interest, int Line, int Column, string Before, string After);
}
