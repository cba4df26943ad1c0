using System.Xml;
using System.Xml.Linq;
using Fulcrum.Bargaining.Input.Internal;
using Fulcrum.Core.IO;
using Fulcrum.Core.Problems;

namespace Fulcrum.Bargaining.Input;

/// <summary>
/// Reads KTAB's SMP XML scenario layout (<c>smpSchema.xsd</c>; KTAB's <c>dummyData_3Dim.xml</c>,
/// <c>smpExample.xml</c>): <c>&lt;Scenario&gt;</c> with <c>name</c>, <c>desc</c>, <c>prngSeed</c>,
/// optional <c>ModelParameters</c> (all nine, by KTAB's names), <c>Dimensions/dName</c>,
/// <c>Actors/Actor</c> (name, description, capability, <c>Position/dCoord</c>, <c>Salience/dSal</c>
/// on 0–100) and optional <c>IdealAdjustment/iaPair</c> entries of the accommodation matrix.
/// </summary>
public static class KtabXmlReader
{
    /// <summary>
    /// KTAB's scenarios declare no DTD: one is refused, so entities cannot expand a small file into
    /// gigabytes ("billion laughs") and nothing outside the file is ever fetched.
    /// </summary>
    private static readonly XmlReaderSettings Settings = new() { DtdProcessing = DtdProcessing.Prohibit, XmlResolver = null };

    /// <summary>Reads the file at <paramref name="path"/> through <see cref="BoundedInput"/> (a regular file, at most 4 MiB, UTF-8).</summary>
    public static Checked<KtabScenario> Read(string path)
    {
        ArgumentNullException.ThrowIfNull(path);
        var text = BoundedInput.ReadText(path, InputKind.BargainingTable);
        return text.Value is { } t ? Parse(t, path) : Checked<KtabScenario>.Failure(text.Problems);
    }

    /// <summary>Parses XML text; <paramref name="fileName"/> names it in problems.</summary>
    public static Checked<KtabScenario> Parse(string text, string fileName)
    {
        ArgumentNullException.ThrowIfNull(text);
        var problems = new ProblemList(fileName);
        XDocument doc;
        try
        {
            using var reader = XmlReader.Create(new StringReader(text.TrimStart('\uFEFF')), Settings);
            doc = XDocument.Load(reader, LoadOptions.SetLineInfo);
        }
        catch (XmlException e)
        {
            problems.Add(e.LineNumber, e.LinePosition, $"not well-formed XML: {e.Message}", "fix the XML syntax at this point");
            return Checked<KtabScenario>.Failure(problems.Items);
        }
        var scenario = KtabXmlLayout.Read(doc, problems);
        return problems.Any || scenario is null
            ? Checked<KtabScenario>.Failure(problems.Sorted())
            : Checked<KtabScenario>.Success(scenario);
    }
}
