using System.Net;
using System.Net.Http.Headers;
using System.Text.Json.Nodes;

namespace Fulcrum.Web.Tests;

public class OpenApiAndTokenTests
{
    [Fact]
    public async Task OpenApi_Document_ListsEveryViewWithItsRecordInSnakeCase()
    {
        await using var server = await ApiServer.StartAsync();
        var doc = JsonNode.Parse(await server.Client.GetStringAsync("/openapi/v1.json"))!;
        var paths = doc["paths"]!.AsObject().Select(p => p.Key).ToList();

        foreach (var path in new[] { "/api/case", "/api/examine", "/api/signposts", "/api/balance", "/api/dyad/{a}/{b}", "/api/journal", "/api/journal/{id}", "/api/journal/{first}/diff/{second}", "/api/journal/verify", "/api/journal/score",
            "/api/case/inputs", "/api/dyad/{a}/{b}/alarms", "/api/dyad/{a}/{b}/events", "/api/updates" })
            Assert.Contains(path, paths);
        var examine = doc["components"]!["schemas"]!["ExamineContract"]!["properties"]!.AsObject();
        Assert.Contains("schema_version", examine.Select(p => p.Key));
        Assert.Contains("recommendation", examine.Select(p => p.Key));
    }

    [Theory]
    [InlineData(null, HttpStatusCode.Unauthorized)]
    [InlineData("wrong", HttpStatusCode.Unauthorized)]
    [InlineData("s3cret-token", HttpStatusCode.OK)]
    public async Task Token_Set_OnlyTheRightBearerIsServed(string? presented, HttpStatusCode expected)
    {
        await using var server = await ApiServer.StartAsync(token: "s3cret-token");
        using var request = new HttpRequestMessage(HttpMethod.Get, "/api/case");
        if (presented is not null) request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", presented);
        var response = await server.Client.SendAsync(request);

        Assert.Equal(expected, response.StatusCode);
        if (expected == HttpStatusCode.Unauthorized) Assert.Equal("Bearer", response.Headers.WwwAuthenticate.Single().Scheme);
    }

    [Fact]
    public async Task Token_Set_GuardsTheOpenApiDocumentToo()
    {
        await using var server = await ApiServer.StartAsync(token: "s3cret-token");
        Assert.Equal(HttpStatusCode.Unauthorized, (await server.Client.GetAsync("/openapi/v1.json")).StatusCode);
    }
}
