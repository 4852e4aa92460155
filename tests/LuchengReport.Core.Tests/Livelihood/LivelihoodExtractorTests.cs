using System.Text;
using LuchengReport.Core.Livelihood;
using LuchengReport.Core.Model;
using LuchengReport.Core.Parsing;

namespace LuchengReport.Core.Tests.Livelihood;

public class LivelihoodExtractorTests
{
    static LivelihoodRecord Record => LivelihoodExtractor.Extract(RealSeed.Report)!;

    static ParsedReport Altered(Func<string, string> change) =>
        ReportParser.Parse("altered-2021", "altered-2021.txt", Encoding.UTF8.GetBytes(change(RealSeed.Text)));

    [Fact]
    public void Reads_the_counts_the_method_and_the_principle_from_the_vote_paragraph()
    {
        var r = Record;
        Assert.Equal((12, 10), (r.CandidateCount, r.SelectedCount));
        Assert.Equal(("票决", "提请本次大会票决"), (r.SelectionMethod, r.SelectionClause));
        Assert.Equal("群众提、大家定、政府办", r.Principle);
        Assert.Equal(("lucheng-2021-p55", "lucheng-2021-s3-7"), (r.SourceParagraphId, r.SourceSectionId));
    }

    [Fact]
    public void The_source_text_is_a_verbatim_span_of_its_paragraph()
    {
        var r = Record;
        var paragraph = RealSeed.Report.Paragraphs.Single(p => p.Id == r.SourceParagraphId);
        Assert.Equal(r.SourceText, paragraph.Text[r.SourceStart..r.SourceEnd]);
        Assert.Contains("十二个民生实事候选项目", r.SourceText);
        Assert.Contains("十大民生实事", r.SourceText);
    }

    [Fact]
    public void Says_plainly_that_the_report_does_not_list_the_candidates()
    {
        var r = Record;
        Assert.False(r.CandidatesListed);
        Assert.Empty(r.Candidates);
        Assert.Contains("12 candidate livelihood projects", r.Note);
        Assert.Contains("does not list the candidates", r.Note);
    }

    [Fact]
    public void The_targets_section_is_the_plan_item_about_livelihood()
    {
        var section = RealSeed.Report.Sections.Single(s => s.Id == Record.TargetsSectionId);
        Assert.Equal(("lucheng-2021-s3-7", "全面促进民生事业新发展"), (section.Id, section.Title));
    }

    [Fact]
    public void Lists_the_other_statements_about_livelihood_projects_with_their_periods()
    {
        Assert.Equal(
        [
            ("lucheng-2021-p10", "lucheng-2021-s1-7", "2020", "圆满完成省市区民生实事项目"),
            ("lucheng-2021-p27", "lucheng-2021-s2-6", "2021-2025", "坚持每年办好十大民生实事"),
        ], Record.RelatedStatements.Select(s => (s.ParagraphId, s.SectionId, s.Period, s.Text)));
        var paragraphs = RealSeed.Report.Paragraphs.ToDictionary(p => p.Id);
        Assert.All(Record.RelatedStatements, s => Assert.Equal(s.Text, paragraphs[s.ParagraphId!].Text[s.Start..s.End]));
    }

    [Fact]
    public void Every_statement_carries_its_count_and_status_the_vote_paragraph_included()
    {
        Assert.Equal(
        [
            ("2020", StatementStatus.Done, null, null, false),
            ("2021-2025", StatementStatus.Planned, "十大", 10, false),
            ("2021", StatementStatus.Voted, "十二个", 12, true),
            ("2021", StatementStatus.Voted, "十大", 10, false),
        ], Record.Statements.Select(s => (s.Period, s.Status, s.CountText, s.Count, s.Candidates)));
        Assert.All(Record.Statements, s => Assert.Empty(s.Items));
    }

    [Fact]
    public void The_note_names_no_level_of_government()
    {
        Assert.DoesNotContain("district", Record.Note);
        Assert.Contains("were drawn up and put to the people's congress to choose by vote (票决)", Record.Note);
    }

    [Fact]
    public void The_numbers_come_from_the_text_a_copy_saying_fifteen_answers_15()
    {
        var r = LivelihoodExtractor.Extract(Altered(t => t.Replace("十二个民生实事候选项目", "十五个民生实事候选项目").Replace("对票决出来的十大民生实事", "对票决出来的八大民生实事")))!;
        Assert.Equal((15, 8), (r.CandidateCount, r.SelectedCount));
        Assert.Contains("15 candidate livelihood projects", r.Note);
        Assert.Contains("十五个民生实事候选项目", r.SourceText);
    }

    [Fact]
    public void Reads_a_copy_published_with_full_width_punctuation_and_indentation()
    {
        var report = ReportParser.Parse("wide-2021", "wide-2021.txt", Encoding.UTF8.GetBytes(RealSeed.FullWidthIndentedCrlf(RealSeed.Text)));
        var r = LivelihoodExtractor.Extract(report)!;
        Assert.Equal((12, 10, "群众提、大家定、政府办"), (r.CandidateCount, r.SelectedCount, r.Principle));
        Assert.Equal(r.SourceText, report.Paragraphs.Single(p => p.Id == r.SourceParagraphId).Text[r.SourceStart..r.SourceEnd]);
    }

    [Fact]
    public void A_report_that_never_speaks_of_them_has_no_record() =>
        Assert.Null(LivelihoodExtractor.Extract(Altered(t => t.Replace("民生实事", "重点工作").Replace("票决", "审议"))));

    [Fact]
    public void A_copy_without_the_vote_still_has_a_record_of_its_statements()
    {
        var r = LivelihoodExtractor.Extract(Altered(t => t.Replace("十二个民生实事候选项目,提请本次大会票决", "十个民生实事,认真组织实施")
            .Replace("对票决出来的", "对确定的")))!;
        Assert.Equal((null, null, null), (r.CandidateCount, r.SelectedCount, r.SelectionMethod));
        Assert.Equal(4, r.Statements.Count);
        Assert.DoesNotContain("candidate", r.Note);
    }

    [Fact]
    public void Candidates_supplied_later_are_listed_and_the_note_says_where_they_come_from()
    {
        LivelihoodCandidate[] candidates = [new(1, "候选一", null, null, true), new(2, "候选二", "说明", "教育", false)];
        var r = LivelihoodExtractor.Extract(RealSeed.Report, candidates)!;
        Assert.True(r.CandidatesListed);
        Assert.Equal(candidates, r.Candidates);
        Assert.Contains("come from a separate table", r.Note);
        Assert.Contains("the report says 12", r.Note);
    }
}
