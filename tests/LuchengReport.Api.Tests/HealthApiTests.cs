namespace LuchengReport.Api.Tests;

[Collection(ApiCollection.Name)]
public class HealthApiTests(ApiFixture fixture) : ApiTest(fixture)
{
    [Fact]
    public async Task Health_reports_the_database_version_seed_fingerprint_and_counts()
    {
        var health = await GetJson("/healthz");
        Assert.Equal("ok", Str(health, "status"));
        Assert.Equal(LuchengReport.Core.Storage.Schema.Version, health.GetProperty("schemaVersion").GetInt32());
        Assert.Equal(LuchengReport.Core.Import.SeedSet.FingerprintOf(Fixture.SeedsPath, Fixture.CuratedPath), Str(health, "seedsFingerprint"));
        Assert.Equal("""{"reports":1,"sections":50,"paragraphs":62}""", health.GetProperty("counts").GetRawText());
    }
}
