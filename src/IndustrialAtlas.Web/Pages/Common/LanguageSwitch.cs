using IndustrialAtlas.Web.Settings;
using Microsoft.AspNetCore.Diagnostics;

namespace IndustrialAtlas.Web.Pages.Common;

/// <summary>The same view in the other language: the switch on every page, and the <c>hreflang</c> alternates.</summary>
public static class LanguageSwitch
{
    /// <summary>
    /// The request's view as an English site path with its query (<c>/cities/anshan?edition=…</c>); for an error page,
    /// the address that failed, so the switch leads to the same missing page in the other language.
    /// </summary>
    public static string EnglishAddress(HttpContext context)
    {
        if (context.Features.Get<IStatusCodeReExecuteFeature>() is { } failed)
        {
            AtlasLanguages.IsChinese(failed.OriginalPath, out var english);
            return string.Concat(english, failed.OriginalQueryString);
        }

        return string.Concat(context.Request.Path.Value, context.Request.QueryString.Value);
    }

    /// <summary>The language a reader on this page switches to.</summary>
    public static AtlasLanguage Other(this AtlasLanguage language) => language == AtlasLanguage.Chinese ? AtlasLanguage.English : AtlasLanguage.Chinese;
}
