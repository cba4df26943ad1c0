namespace Fulcrum.Watch.Signposts;

/// <summary>A fired signpost's flag, to show the analyst.</summary>
public sealed record SignpostFlag(string Signpost, string Text, DateOnly? Since);

/// <summary>Every signpost of a case as of a date, the flags raised, and the scenario probabilities they give.</summary>
/// <param name="Case">The case's id.</param>
/// <param name="AsOf">The date the signposts were judged at: nothing after it was used.</param>
/// <param name="Readings">One reading per signpost, in the case's order.</param>
/// <param name="Update">Prior and posterior per scenario.</param>
/// <param name="Flags">The flags of the fired signposts, in the case's order.</param>
public sealed record SignpostReport(string Case, DateOnly AsOf, IReadOnlyList<SignpostReading> Readings, ScenarioUpdate Update, IReadOnlyList<SignpostFlag> Flags);
