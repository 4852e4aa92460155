using System.Text;
using LuchengReport.Core.Import;
using LuchengReport.Core.Reading;

namespace LuchengReport.Core.Tests.Reading;

public class SeedDecoderTests
{
    const string Sample = "政府工作报告\n一、2020年主要工作\n地区生产总值1172.32亿元,增长3.1%。";

    [Fact]
    public void Utf8_without_a_bom_is_read_as_is() =>
        Assert.Equal(Sample, SeedDecoder.Decode(Encoding.UTF8.GetBytes(Sample), "a.txt"));

    [Fact]
    public void A_utf8_bom_is_dropped() =>
        Assert.Equal(Sample, SeedDecoder.Decode([0xEF, 0xBB, 0xBF, .. Encoding.UTF8.GetBytes(Sample)], "a.txt"));

    [Fact]
    public void Gb18030_bytes_are_recognised_and_decoded() =>
        Assert.Equal(Sample, SeedDecoder.Decode(RealSeed.Gb18030(Sample), "a.txt"));

    [Fact]
    public void The_whole_report_in_gb18030_decodes_to_the_same_text() =>
        Assert.Equal(RealSeed.Text, SeedDecoder.Decode(RealSeed.Gb18030(RealSeed.Text), "lucheng-2021.txt"));

    [Theory]
    [InlineData("\r\n")]
    [InlineData("\r")]
    public void Crlf_and_cr_line_endings_become_lf(string newline) =>
        Assert.Equal(Sample, SeedDecoder.Decode(Encoding.UTF8.GetBytes(Sample.Replace("\n", newline)), "a.txt"));

    [Fact]
    public void An_empty_file_is_refused_naming_the_file()
    {
        var error = Assert.Throws<ImportException>(() => SeedDecoder.Decode([], "seeds/empty.txt"));
        Assert.Equal("seeds/empty.txt: the file is empty", error.Message);
    }

    [Fact]
    public void A_binary_file_is_refused()
    {
        var error = Assert.Throws<ImportException>(() => SeedDecoder.Decode([0x89, 0x50, 0x4E, 0x47, 0x00, 0x01, 0x02], "image.txt"));
        Assert.StartsWith("image.txt: the file is binary", error.Message);
    }

    [Fact]
    public void Utf8_cut_in_the_middle_of_a_character_is_refused_not_read_as_gb18030()
    {
        var bytes = Encoding.UTF8.GetBytes(Sample);
        var error = Assert.Throws<ImportException>(() => SeedDecoder.Decode(bytes[..^2], "cut.txt"));
        Assert.Contains("middle of a UTF-8 character", error.Message);
    }

    [Fact]
    public void Utf8_with_a_damaged_byte_inside_is_refused()
    {
        var bytes = Encoding.UTF8.GetBytes(RealSeed.Text);
        bytes[bytes.Length / 2] = 0xFF;
        var error = Assert.Throws<ImportException>(() => SeedDecoder.Decode(bytes, "damaged.txt"));
        Assert.Contains("invalid byte sequence", error.Message);
    }

    [Fact]
    public void Whitespace_only_is_refused() =>
        Assert.Contains("no text", Assert.Throws<ImportException>(() => SeedDecoder.Decode(Encoding.UTF8.GetBytes(" \n\n "), "blank.txt")).Message);
}
