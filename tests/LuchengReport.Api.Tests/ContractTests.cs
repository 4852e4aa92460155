using System.Text.Json;

namespace LuchengReport.Api.Tests;

/// <summary>
/// The committed openapi/v1.json is the contract third parties build on: it must equal what the API serves.
/// After an intended change, regenerate it with <c>UPDATE_OPENAPI=1 dotnet test</c> and commit the diff.
/// </summary>
[Collection(ApiCollection.Name)]
public class ContractTests(ApiFixture fixture) : ApiTest(fixture)
{
    static readonly string[] Methods = ["get", "put", "post", "delete", "patch", "head", "options"];

    [Fact]
    public async Task The_served_document_equals_the_committed_openapi_v1_json()
    {
        var served = (await Client.GetStringAsync("/openapi/v1.json")).ReplaceLineEndings("\n").TrimEnd() + "\n";
        if (Environment.GetEnvironmentVariable("UPDATE_OPENAPI") == "1")
            File.WriteAllText(Path.Combine(RepositoryRoot(), "openapi", "v1.json"), served);
        var committed = File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "openapi", "v1.json")).ReplaceLineEndings("\n");
        Assert.True(committed == served,
            "openapi/v1.json differs from the document the API serves. If the change is intended, run `UPDATE_OPENAPI=1 dotnet test` and commit openapi/v1.json.");
    }

    [Fact]
    public async Task Every_operation_is_documented_with_summary_description_parameters_and_errors()
    {
        var document = await GetJson("/openapi/v1.json");
        var operations = document.GetProperty("paths").EnumerateObject()
            .SelectMany(path => path.Value.EnumerateObject().Where(op => Methods.Contains(op.Name)).Select(op => (Path: path.Name, Op: op.Value)))
            .ToList();
        Assert.NotEmpty(operations);
        foreach (var (path, op) in operations)
        {
            foreach (var field in new[] { "operationId", "summary", "description" })
                Assert.False(string.IsNullOrWhiteSpace(op.TryGetProperty(field, out var v) ? v.GetString() : null), $"{path}: no {field}");
            Assert.True(op.TryGetProperty("tags", out var tags) && tags.GetArrayLength() > 0, $"{path}: no tag");

            var parameters = op.TryGetProperty("parameters", out var p) ? p.EnumerateArray().ToList() : [];
            foreach (var parameter in parameters)
            {
                var name = parameter.GetProperty("name").GetString();
                Assert.True(parameter.TryGetProperty("description", out _), $"{path}: parameter {name} has no description");
                Assert.True(parameter.TryGetProperty("example", out _), $"{path}: parameter {name} has no example");
            }
            var responses = op.GetProperty("responses");
            if (parameters.Any(x => x.GetProperty("in").GetString() == "query"))
                Assert.True(responses.TryGetProperty("400", out _), $"{path}: query parameters but no documented 400");
            if (parameters.Any(x => x.GetProperty("in").GetString() == "path"))
                Assert.True(responses.TryGetProperty("404", out _), $"{path}: an id in the path but no documented 404");
        }
    }

    [Fact]
    public async Task Swagger_ui_is_served_and_points_at_the_document()
    {
        var page = await Client.GetStringAsync("/swagger/index.html");
        Assert.Contains("swagger-ui", page);
        var config = await Client.GetStringAsync("/swagger/index.js");
        Assert.Contains("/openapi/v1.json", config);
    }

    static string RepositoryRoot()
    {
        for (var d = new DirectoryInfo(AppContext.BaseDirectory); d is not null; d = d.Parent)
            if (File.Exists(Path.Combine(d.FullName, "LuchengReport.sln"))) return d.FullName;
        throw new InvalidOperationException("LuchengReport.sln not found above the test folder");
    }
}
