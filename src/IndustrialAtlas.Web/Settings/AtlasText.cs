using System.Text.Encodings.Web;
using System.Text.Unicode;

namespace IndustrialAtlas.Web.Settings;

/// <summary>
/// How the atlas writes text: Chinese, pinyin and every other script as UTF-8 characters, not entities or <c>\u</c>
/// escapes. The encoders still escape what is unsafe: HTML's <c>&lt; &gt; &amp;</c> and quotes, and in JSON the same
/// characters as <c>\u003C</c> and so on, which keeps JSON safe inside a <c>&lt;script&gt;</c> block too.
/// </summary>
public static class AtlasText
{
    private static readonly TextEncoderSettings AllScripts = new(UnicodeRanges.All);

    /// <summary>JSON's encoder: every script as text, HTML-sensitive characters escaped.</summary>
    public static readonly JavaScriptEncoder JsonEncoder = JavaScriptEncoder.Create(AllScripts);

    /// <summary>Serialiser options with that encoder, for JSON a page writes itself (the map script's words).</summary>
    public static readonly System.Text.Json.JsonSerializerOptions JsonOptions = new() { Encoder = JsonEncoder };

    public static WebApplicationBuilder AddAtlasText(this WebApplicationBuilder builder)
    {
        builder.Services.AddWebEncoders(o => o.TextEncoderSettings = AllScripts);
        // The interface's words in each language: Settings/AtlasStrings*.resx, chosen by the request's language.
        builder.Services.AddLocalization();
        builder.Services.ConfigureHttpJsonOptions(o => o.SerializerOptions.Encoder = JsonEncoder);
        // Pages answer some requests with JSON too (a problem of /share-panel): the same encoder.
        builder.Services.Configure<Microsoft.AspNetCore.Mvc.JsonOptions>(o => o.JsonSerializerOptions.Encoder = JsonEncoder);
        return builder;
    }
}
