using Fulcrum.App.Cases;
using Fulcrum.Elicitation.Panels;

namespace Fulcrum.App.Panel;

/// <summary>A panel studied on a case: the analysts' inputs as read, and what their disagreement does to the answer.</summary>
/// <param name="Case">The case.</param>
/// <param name="Directory">The folder the analyst files were read from.</param>
/// <param name="Panel">Every analyst's inputs, checked against the case.</param>
/// <param name="Study">The recommendation under the aggregate and under each analyst's inputs, and the inputs that change it.</param>
public sealed record PanelExamination(LoadedCase Case, string Directory, Elicitation.Panels.Panel Panel, PanelStudyResult Study);
