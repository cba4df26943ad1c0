using System.Text.Json;
using Fulcrum.App;
using Fulcrum.App.Contracts;
using Fulcrum.Web.Api;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http.Json;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace Fulcrum.Web;

/// <summary>Builds the web application: the API under <c>/api</c> and its OpenAPI document at <c>/openapi/v1.json</c>.</summary>
public static class FulcrumWeb
{
    /// <param name="services">The App services, built by the composition root with its store engines and clock.</param>
    /// <param name="options">The case, store, addresses and token.</param>
    /// <param name="configure">A last say over the host (tests put it on an in-memory server).</param>
    public static WebApplication Build(FulcrumServices services, FulcrumWebOptions options, Action<IWebHostBuilder>? configure = null)
    {
        ArgumentNullException.ThrowIfNull(services);
        ArgumentNullException.ThrowIfNull(options);
        var builder = WebApplication.CreateSlimBuilder();
        builder.Logging.ClearProviders();
        builder.WebHost.UseUrls([.. options.Urls]);
        builder.Services.Configure<JsonOptions>(json => CopyContractJson(json.SerializerOptions));
        builder.Services.AddOpenApi();
        builder.Services.AddSingleton(services);
        builder.Services.AddSingleton(options);
        configure?.Invoke(builder.WebHost);
        var app = builder.Build();
        app.UseMiddleware<TokenGate>();
        app.UseMiddleware<EnvironmentFailures>();
        app.MapOpenApi();
        ApiEndpoints.Map(app);
        return app;
    }

    /// <summary>The API writes exactly the CLI's JSON: the same naming, enums, numbers and encoding.</summary>
    private static void CopyContractJson(JsonSerializerOptions target)
    {
        var source = ContractJson.Options;
        target.PropertyNamingPolicy = source.PropertyNamingPolicy;
        target.WriteIndented = source.WriteIndented;
        target.NumberHandling = source.NumberHandling;
        target.Encoder = source.Encoder;
        foreach (var converter in source.Converters) target.Converters.Add(converter);
    }
}
