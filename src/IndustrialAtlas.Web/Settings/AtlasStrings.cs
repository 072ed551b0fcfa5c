namespace IndustrialAtlas.Web.Settings;

/// <summary>
/// The interface's words, one place per language: <c>AtlasStrings.resx</c> (English) and
/// <c>AtlasStrings.zh-Hans.resx</c> (Chinese), keyed by a name such as <c>nav.cities</c>, read through
/// <c>IStringLocalizer&lt;AtlasStrings&gt;</c> in the request's language. A key missing from either file fails the tests.
/// </summary>
#pragma warning disable CA1052 // The type is the resources' name, never made or called.
public sealed class AtlasStrings;
#pragma warning restore CA1052
