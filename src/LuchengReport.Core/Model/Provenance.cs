namespace LuchengReport.Core.Model;

/// <summary>
/// Where a report's text came from, as the sidecar beside it (<c>&lt;stem&gt;.source.json</c>) says: nothing here is
/// read from the report or written in code. Each field is null where the sidecar says nothing.
/// </summary>
/// <param name="File">The sidecar's file name.</param>
/// <param name="SourceUrl">Where the text was published (an absolute http or https URL).</param>
/// <param name="Publisher">Who published it.</param>
/// <param name="Licence">The terms it is republished under, in words.</param>
/// <param name="RetrievedOn">When it was captured, ISO 8601 (yyyy-mm-dd).</param>
/// <param name="Note">How the text was captured, or anything else a reader should know.</param>
public sealed record Provenance(string File, string? SourceUrl, string? Publisher, string? Licence, string? RetrievedOn, string? Note);
