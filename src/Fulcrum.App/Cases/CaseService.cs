using Fulcrum.Core.Problems;
using Fulcrum.Scenario.Loading;

namespace Fulcrum.App.Cases;

/// <summary>Loads the case a request names, checked completely, with its origin and digest.</summary>
public sealed class CaseService
{
    /// <summary>The case, or every problem that kept it from loading (file, line, column, hint).</summary>
    public Checked<LoadedCase> Load(CaseRef reference)
    {
        ArgumentNullException.ThrowIfNull(reference);
        var document = reference.BuiltIn is { } name ? CaseLoader.LoadBuiltInDocument(name) : CaseLoader.LoadFileDocument(reference.File!);
        if (document.Value is not { } d) return Checked<LoadedCase>.Failure(document.Problems);
        var folder = reference.File is { } file ? Path.GetDirectoryName(Path.GetFullPath(file)) : null;
        return Checked<LoadedCase>.Success(new LoadedCase(d.Case, reference, folder, d.Sha256));
    }
}
