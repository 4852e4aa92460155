using System.Text;
using LuchengReport.Core.Import;

namespace LuchengReport.Core.Reading;

/// <summary>
/// Turns a seed file's bytes into text. Chinese government sites publish UTF-8 (with or without BOM) and
/// GB18030/GBK, so a file that is not valid UTF-8 is read as GB18030 — unless it is clearly UTF-8 that has been
/// damaged (cut mid-character, a bad byte inside otherwise valid UTF-8), which is refused rather than turned into
/// mojibake. Line endings (LF, CRLF, CR) become LF; the BOM is dropped.
/// </summary>
public static class SeedDecoder
{
    static readonly Encoding StrictUtf8 = new UTF8Encoding(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);
    static readonly Encoding StrictGb18030 = CreateStrictGb18030();

    public static string Decode(byte[] bytes, string fileName)
    {
        if (bytes.Length == 0) throw new ImportException(fileName, "the file is empty");

        string text;
        if (HasPrefix(bytes, 0xEF, 0xBB, 0xBF)) text = DecodeUtf8(bytes.AsSpan(3), fileName);
        else if (HasPrefix(bytes, 0xFF, 0xFE)) text = Encoding.Unicode.GetString(bytes, 2, bytes.Length - 2);
        else if (HasPrefix(bytes, 0xFE, 0xFF)) text = Encoding.BigEndianUnicode.GetString(bytes, 2, bytes.Length - 2);
        else if (Array.IndexOf(bytes, (byte)0) >= 0) throw new ImportException(fileName, "the file is binary (it holds NUL bytes), not report text");
        else text = IsValidUtf8(bytes, out _) ? StrictUtf8.GetString(bytes) : DecodeNonUtf8(bytes, fileName);

        if (string.IsNullOrWhiteSpace(text)) throw new ImportException(fileName, "the file holds no text");
        if (ControlCharacterShare(text) > 0.01) throw new ImportException(fileName, "the file is binary (too many control characters), not report text");
        // A work report is Chinese text: a file without a single Han character (a README, a CSV, a log) is not one.
        if (!HasHanCharacter(text)) throw new ImportException(fileName, "the file holds no Chinese text, so it is not a government work report");
        return NormalizeLineEndings(text);
    }

    /// <summary>CRLF and lone CR become LF, so offsets mean the same whatever system wrote the file.</summary>
    public static string NormalizeLineEndings(string text) =>
        text.Contains('\r') ? text.Replace("\r\n", "\n").Replace('\r', '\n') : text;

    static string DecodeUtf8(ReadOnlySpan<byte> bytes, string fileName)
    {
        if (!IsValidUtf8(bytes, out var badAt))
            throw new ImportException(fileName, $"the file starts with a UTF-8 byte-order mark but has invalid UTF-8 at byte {badAt + 3}");
        return StrictUtf8.GetString(bytes);
    }

    static string DecodeNonUtf8(byte[] bytes, string fileName)
    {
        IsValidUtf8(bytes, out var badAt);
        if (badAt >= bytes.Length - 3 && IsIncompleteUtf8Tail(bytes.AsSpan(badAt)))
            throw new ImportException(fileName, $"the file ends in the middle of a UTF-8 character (byte {badAt}): it looks truncated");
        if (LooksLikeDamagedUtf8(bytes))
            throw new ImportException(fileName, $"the file is UTF-8 with an invalid byte sequence at byte {badAt}");
        try
        {
            return StrictGb18030.GetString(bytes);
        }
        catch (DecoderFallbackException)
        {
            throw new ImportException(fileName, "the file is neither valid UTF-8 nor GB18030 text");
        }
    }

    static bool IsValidUtf8(ReadOnlySpan<byte> bytes, out int firstInvalidByte)
    {
        // Valid text (the usual case) is checked without decoding it into a scratch copy of its own size.
        if (System.Text.Unicode.Utf8.IsValid(bytes))
        {
            firstInvalidByte = -1;
            return true;
        }
        var status = System.Text.Unicode.Utf8.ToUtf16(bytes, new char[bytes.Length], out var read, out _, replaceInvalidSequences: false);
        firstInvalidByte = status == System.Buffers.OperationStatus.Done ? -1 : read;
        return status == System.Buffers.OperationStatus.Done;
    }

    static bool IsIncompleteUtf8Tail(ReadOnlySpan<byte> tail)
    {
        int need = tail[0] switch { >= 0xF0 and <= 0xF4 => 4, >= 0xE0 => 3, >= 0xC2 => 2, _ => 0 };
        if (need == 0 || tail.Length >= need) return false;
        foreach (var b in tail[1..]) if ((b & 0xC0) != 0x80) return false;
        return true;
    }

    /// <summary>
    /// GB18030 Chinese text almost never forms long runs of well-formed UTF-8 multi-byte sequences; text that mostly
    /// does is UTF-8 with a few bad bytes, and decoding it as GB18030 would silently garble it.
    /// </summary>
    static bool LooksLikeDamagedUtf8(ReadOnlySpan<byte> bytes)
    {
        int valid = 0, invalid = 0;
        for (int i = 0; i < bytes.Length;)
        {
            byte b = bytes[i];
            if (b < 0x80) { i++; continue; }
            int need = b switch { >= 0xF0 and <= 0xF4 => 4, >= 0xE0 and <= 0xEF => 3, >= 0xC2 and <= 0xDF => 2, _ => 0 };
            bool ok = need > 0 && i + need <= bytes.Length;
            for (int k = 1; ok && k < need; k++) ok = (bytes[i + k] & 0xC0) == 0x80;
            if (ok) { valid++; i += need; } else { invalid++; i++; }
        }
        return valid >= 16 && valid >= 9 * invalid;
    }

    static double ControlCharacterShare(string text)
    {
        int control = 0;
        foreach (var c in text) if (char.IsControl(c) && c is not ('\n' or '\r' or '\t')) control++;
        return (double)control / text.Length;
    }

    static bool HasHanCharacter(string text)
    {
        foreach (var c in text) if (c is >= '\u4E00' and <= '\u9FFF' or >= '\u3400' and <= '\u4DBF') return true;
        return false;
    }

    static bool HasPrefix(byte[] bytes, params byte[] prefix) => bytes.AsSpan().StartsWith(prefix);

    static Encoding CreateStrictGb18030()
    {
        Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);
        return Encoding.GetEncoding("GB18030", EncoderFallback.ExceptionFallback, DecoderFallback.ExceptionFallback);
    }
}
