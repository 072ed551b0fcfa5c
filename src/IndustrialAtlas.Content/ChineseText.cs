namespace IndustrialAtlas.Content;

/// <summary>The Chinese text of a city (<c>zh/cities/&lt;slug&gt;.md</c>): its summary and body, in the atlas's own Chinese.</summary>
/// <param name="Summary">The city's summary.</param>
/// <param name="BodyHtml">The profile's body, rendered; its links to the atlas's pages lead to their Chinese twins.</param>
public sealed record CityChinese(string Summary, string BodyHtml);

/// <summary>The Chinese title and summary of one of a city's phases.</summary>
public sealed record PhaseChinese(string Title, string? Summary);

/// <summary>The Chinese of a city's resource: its unit and note, and its figure where the Chinese unit changes the scale.</summary>
public sealed record ResourceChinese(decimal? Figure, string? Unit, string? Note);

/// <summary>The Chinese of a series: what it counts and its note.</summary>
public sealed record SeriesChinese(string? Scope, string? Note);

/// <summary>The Chinese of a claim: its statement and note. The claim keeps one id in both languages.</summary>
public sealed record ClaimChinese(string Text, string? Note);

/// <summary>The Chinese name and summary of a national era, resource or indicator.</summary>
public sealed record TermChinese(string Name, string? Summary);
