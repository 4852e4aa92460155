using LuchengReport.Api.Features.Reports;

namespace LuchengReport.Api.Features.Downloads;

/// <summary>
/// What the data package says about the data, built from the reports themselves: names, titles and description from
/// what each report's text states (title, place, year, session, speaker), licences and sources from their provenance
/// sidecars. Nothing here is about any one report; what no report states is left out, never filled in.
/// </summary>
public sealed record PackageAbout(string Name, string Title, string Description, IReadOnlyList<DataPackageLicense> Licenses, IReadOnlyList<DataPackageSource> Sources)
{
    /// <summary>How many reports a description names before it only counts the rest.</summary>
    const int Named = 10;

    const string Traceable = "Every value is derived from the report text and carries the verbatim span it came from.";

    public static PackageAbout Of(IReadOnlyList<ReportDto> reports) => reports is [var one]
        ? new($"government-work-report-{one.Id}", Label(one),
            $"{Label(one)}{Delivery(one)}, parsed into its structure, paragraphs and numbers. {Traceable}",
            LicencesOf(reports), SourcesOf(reports))
        : new("government-work-reports", $"{reports.Count} government work reports{Years(reports)}",
            $"{reports.Count} government work reports, parsed into their structure, paragraphs and numbers: {Listing(reports)}. {Traceable}",
            LicencesOf(reports), SourcesOf(reports));

    static List<DataPackageLicense> LicencesOf(IReadOnlyList<ReportDto> reports) =>
        reports.Select(r => r.Provenance?.Licence).OfType<string>().Distinct(StringComparer.Ordinal)
            .Select(statement => new DataPackageLicense(UnclassifiedLicence, statement)).ToList();

    static List<DataPackageSource> SourcesOf(IReadOnlyList<ReportDto> reports) => reports.Select(Source).OfType<DataPackageSource>().ToList();

    /// <summary>
    /// The Open Definition id every licence gets: a sidecar states its licence in words, and the API does not turn
    /// words into a licence id (the title carries the statement).
    /// </summary>
    public const string UnclassifiedLicence = "notspecified";

    /// <summary>"丽水市青田县政府工作报告 (2024)": the place and title the text gives, the year; the id when it gives neither.</summary>
    public static string Label(ReportDto r)
    {
        var name = (r.Place, r.Title) switch
        {
            (null, null) => r.Id,
            ({ } place, { } title) when title.Contains(place, StringComparison.Ordinal) => title,
            _ => r.Place + r.Title,
        };
        return r.Year is { } year ? $"{name} ({year})" : name;
    }

    /// <summary>", delivered on 2024-01-16 to the 第十八届人民代表大会第三次会议 by 县长 张三丰": what the text says of it.</summary>
    static string Delivery(ReportDto r)
    {
        var parts = new List<string>();
        if (r.DeliveredOn is { } date) parts.Add($"on {date}");
        if (r.Session is { } session) parts.Add($"to the {session}");
        if (r.Speaker is { } speaker) parts.Add(r.SpeakerRole is { } role ? $"by {role} {speaker}" : $"by {speaker}");
        return parts.Count == 0 ? "" : $", delivered {string.Join(" ", parts)}";
    }

    static string Years(IReadOnlyList<ReportDto> reports)
    {
        var years = reports.Select(r => r.Year).OfType<int>().ToList();
        if (years.Count == 0) return "";
        int first = years.Min(), last = years.Max();
        return first == last ? $" ({first})" : $" ({first}–{last})";
    }

    static string Listing(IReadOnlyList<ReportDto> reports)
    {
        var named = string.Join("; ", reports.Take(Named).Select(Label));
        return reports.Count > Named ? $"{named}; and {reports.Count - Named} more" : named;
    }

    /// <summary>
    /// Who published the report and where: the sidecar's publisher (else the publisher its page header names, 发布机构)
    /// and its URL, with the disclosure index number (索引号) when the text gives one; nothing when neither is known.
    /// </summary>
    static DataPackageSource? Source(ReportDto r)
    {
        var publisher = r.Provenance?.Publisher ?? r.Publisher;
        var url = r.Provenance?.SourceUrl;
        if (publisher is null && url is null) return null;
        var title = publisher is null ? Label(r) : $"{publisher}: {Label(r)}";
        return new DataPackageSource(r.IndexNumber is { } index ? $"{title}, 索引号 {index}" : title, url);
    }
}
