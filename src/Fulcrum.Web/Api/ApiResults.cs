using Fulcrum.App.Contracts;
using Fulcrum.Core.Problems;
using Microsoft.AspNetCore.Http;

namespace Fulcrum.Web.Api;

/// <summary>
/// A service's result as an HTTP response: the contract record, or problem details (RFC 9457)
/// carrying every domain problem located (file, line, column, subject, message, hint) — the same
/// problems the CLI prints, with subjects named by their query parameters (which are the domain's names).
/// </summary>
internal static class ApiResults
{
    public const string ProblemType = "https://fulcrum.invalid/problems/bad-input";

    public static IResult Of<T, TContract>(Checked<T> result, Func<T, TContract> contract) where T : class
    {
        ArgumentNullException.ThrowIfNull(result);
        return result.Ok ? Results.Json(contract(result.Value!)) : Problems(result.Problems);
    }

    /// <summary>400 with the problems; 404 when the only problem is that the thing asked for does not exist.</summary>
    public static IResult Problems(IReadOnlyList<Problem> problems, int status = StatusCodes.Status400BadRequest)
    {
        var contract = ProblemsContract.Of(problems, status);
        return Results.Problem(
            title: "the request cannot be answered as given",
            detail: problems.Count > 0 ? problems[0].ToString() : null,
            statusCode: status,
            type: ProblemType,
            extensions: new Dictionary<string, object?> { ["problems"] = contract.Problems });
    }

    public static IResult Problem(string subject, string message, string hint) => Problems([Fulcrum.Core.Problems.Problem.About(subject, message, hint)]);
}
