using System.Text.Encodings.Web;
using IndustrialAtlas.Web.Settings;
using Microsoft.AspNetCore.Html;
using Microsoft.AspNetCore.Mvc.Rendering;
using Microsoft.AspNetCore.Mvc.ViewFeatures;
using Microsoft.AspNetCore.Razor.TagHelpers;

namespace IndustrialAtlas.Web.Pages.Common;

/// <summary>
/// Keeps a reader in their language: on a Chinese page every link to a page of the atlas (<c>href="/cities/anshan"</c>,
/// a form's <c>action</c>) goes to its Chinese twin under <c>/zh</c>, so views write their links once. A link that names
/// its language with <c>hreflang</c> (the language switch, the alternates) is left as written, and so are data,
/// pictures and assets, which are the same in both languages.
/// </summary>
[HtmlTargetElement("a", Attributes = "href")]
[HtmlTargetElement("form", Attributes = "action")]
public sealed class LanguageLinkTagHelper(HtmlEncoder encoder) : TagHelper
{
    [ViewContext]
    [HtmlAttributeNotBound]
    public ViewContext ViewContext { get; set; } = null!;

    public override void Process(TagHelperContext context, TagHelperOutput output)
    {
        if (ViewContext.HttpContext.Language() != AtlasLanguage.Chinese || output.Attributes.ContainsName("hreflang"))
        {
            return;
        }

        var name = output.TagName == "form" ? "action" : "href";
        if (!output.Attributes.TryGetAttribute(name, out var attribute))
        {
            return;
        }

        var encoded = attribute.Value switch
        {
            string text => encoder.Encode(text),
            IHtmlContent html => Render(html),
            var other => encoder.Encode(other?.ToString() ?? ""),
        };
        var localised = AtlasLanguage.Chinese.In(encoded);
        if (!ReferenceEquals(localised, encoded))
        {
            output.Attributes.SetAttribute(name, new HtmlString(localised));
        }
    }

    private string Render(IHtmlContent html)
    {
        using var writer = new StringWriter();
        html.WriteTo(writer, encoder);
        return writer.ToString();
    }
}
