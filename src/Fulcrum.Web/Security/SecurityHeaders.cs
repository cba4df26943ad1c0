using Microsoft.AspNetCore.Http;

namespace Fulcrum.Web.Security;

/// <summary>
/// Headers on every response. The content security policy lets the page run only the scripts the
/// server sends as files (no inline script, no eval, nothing from elsewhere), connect only back to
/// the server, and never be framed; together with encoding every data text, a hostile actor name
/// or URL in the events cannot run.
/// </summary>
internal sealed class SecurityHeaders(RequestDelegate next)
{
    public const string Policy =
        "default-src 'none'; script-src 'self'; style-src 'self'; img-src 'self' data:; connect-src 'self'; " +
        "font-src 'self'; base-uri 'none'; form-action 'none'; frame-ancestors 'none'";

    public Task InvokeAsync(HttpContext context)
    {
        var headers = context.Response.Headers;
        headers.ContentSecurityPolicy = Policy;
        headers.XContentTypeOptions = "nosniff";
        headers.XFrameOptions = "DENY";
        headers["Referrer-Policy"] = "no-referrer";
        headers["Cross-Origin-Opener-Policy"] = "same-origin";
        headers["Cross-Origin-Resource-Policy"] = "same-origin";
        return next(context);
    }
}
