using System.Text.Encodings.Web;
using IndustrialAtlas.Content;
using IndustrialAtlas.Web.Settings;
using Microsoft.AspNetCore.Html;
using Microsoft.AspNetCore.Mvc.Rendering;
using Microsoft.Extensions.Localization;

namespace IndustrialAtlas.Web.Pages.Common;

/// <summary>
/// Writes a <see cref="LocalText"/>: as it is where it is in the page's language; where it stands in for a Chinese text
/// not written yet, marked <c>lang="en"</c> with the visible note 尚未翻译 ("not yet translated"), so no reader takes it
/// for the page's language and a screen reader reads it with the right voice.
/// </summary>
public static class LocalTextHtml
{
    /// <summary>A plain text.</summary>
    public static IHtmlContent Local(this IHtmlHelper html, LocalText? text) => Write(html, text, isHtml: false);

    /// <summary>A rendered HTML text (a profile's body), which the content's renderer made safe.</summary>
    public static IHtmlContent LocalHtml(this IHtmlHelper html, LocalText? text) => Write(html, text, isHtml: true);

    /// <summary>
    /// The <c>lang</c> a run of text written as published (a source's title, a publisher) needs on this page: <c>zh-Hans</c>
    /// for Chinese on an English page, <c>en</c> for a Latin-script run on a Chinese page, null (no attribute) where the
    /// run is in the page's own language.
    /// </summary>
    public static string? LangOf(this IHtmlHelper html, string? text)
    {
        if (string.IsNullOrEmpty(text))
        {
            return null;
        }

        var chinese = text.Any(c => c is >= '\u4e00' and <= '\u9fff');
        var page = html.ViewContext.HttpContext.Language();
        return chinese ? (page == AtlasLanguage.Chinese ? null : "zh-Hans") : (page == AtlasLanguage.Chinese && text.Any(char.IsAsciiLetter) ? "en" : null);
    }

    /// <summary>
    /// A name as published (a source's author or publisher), marked with its language where that is not the page's. A
    /// Chinese name glossed for English readers (<see cref="Glossed"/>) shows its gloss outside the Chinese run on an
    /// English page; a Chinese page shows the Chinese name alone, as it was published, whichever came first.
    /// </summary>
    public static HtmlString AsPublished(this IHtmlHelper html, string text)
    {
        ArgumentNullException.ThrowIfNull(html);
        var (name, gloss) = html.ViewContext.HttpContext.Language() == AtlasLanguage.Chinese ? (Glossed.Chinese(text), null) : Glossed.Split(text);
        var run = LangOf(html, name) is { } lang ? $"<span lang=\"{lang}\">{html.Encode(name)}</span>" : html.Encode(name);
        return new HtmlString(gloss is null ? run : $"{run} ({html.Encode(gloss)})");
    }

    private static HtmlString Write(IHtmlHelper html, LocalText? text, bool isHtml)
    {
        if (text is null)
        {
            return HtmlString.Empty;
        }

        // The atlas's own encoder, which writes Chinese as characters, not entities.
        var services = html.ViewContext.HttpContext.RequestServices;
        var encoder = services.GetRequiredService<HtmlEncoder>();
        var body = isHtml ? text.Text : encoder.Encode(text.Text);
        if (!text.Untranslated)
        {
            return new HtmlString(body);
        }

        var note = encoder.Encode(services.GetRequiredService<IStringLocalizer<AtlasStrings>>()["text.untranslated"]);
        return isHtml
            ? new HtmlString($"<p class=\"untranslated-note\">{note}</p><div lang=\"en\">{body}</div>")
            : new HtmlString($"<span lang=\"en\">{body}</span> <small class=\"untranslated-note\">{note}</small>");
    }
}
