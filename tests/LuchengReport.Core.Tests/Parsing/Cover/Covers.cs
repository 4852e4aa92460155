using LuchengReport.Core.Model;
using LuchengReport.Core.Parsing;

namespace LuchengReport.Core.Tests.Parsing.Cover;

/// <summary>Short covers written for the tests, each followed by the same small body.</summary>
static class Covers
{
    public const string Body = "各位代表：\n一、过去一年工作回顾\n（一）经济平稳。增长5%。";

    /// <summary>The metadata of a report whose cover is these lines.</summary>
    public static ReportMetadata Read(params string[] cover) => Parse(cover).Metadata;

    public static (ReportMetadata Metadata, int BodyStart) Parse(params string[] cover) =>
        MetadataParser.Parse(SourceLine.Split(string.Join("\n", cover) + "\n" + Body));
}
