using Fulcrum.App.Cases;
using Fulcrum.App.Identity;
using Fulcrum.Decision;
using Fulcrum.Questions;
using Fulcrum.Watch.Signposts;

namespace Fulcrum.App.Examine;

/// <summary>
/// What an appraisal of a request runs on, chosen once for examine and for discovery alike: the open
/// case run (disposed with this), the scenario probabilities (the signposts' posterior, the priors or
/// the analyst's, then recorded outcomes applied), the signposts' report when they were judged, the
/// data read, and the case with its questions answered.
/// </summary>
internal sealed record ExamineInputs(CaseRun Run, ScenarioProbabilities Probabilities, SignpostReport? Report, DataRead Read, AnsweredCase Answered) : IDisposable
{
    public void Dispose() => Run.Dispose();
}
