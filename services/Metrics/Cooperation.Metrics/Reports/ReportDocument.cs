namespace Cooperation.Metrics.Reports;

/// <summary>An exported report: its bytes, media type and the file name to save it under.</summary>
public sealed record ReportDocument(byte[] Content, string ContentType, string FileName);
