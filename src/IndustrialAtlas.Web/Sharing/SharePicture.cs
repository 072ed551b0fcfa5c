using SkiaSharp;
using Svg.Skia;

namespace IndustrialAtlas.Web.Sharing;

/// <summary>
/// Draws a view's SVG (the map preview, a claim card) to PNG with Skia, for link previews (most sites that draw them
/// refuse SVG) and for print. Text is set in the system's fonts: Noto Sans CJK draws the Chinese names.
/// </summary>
public static class SharePicture
{
    /// <summary>The share card's size, as link previews show it.</summary>
    public const int CardWidth = 1200, CardHeight = 630;

    /// <summary>The fonts the pictures ask for, Chinese-capable first.</summary>
    public const string FontFamily = "Noto Sans CJK SC, Noto Sans, DejaVu Sans, sans-serif";

    /// <summary>The SVG drawn at <paramref name="scale"/> times its own size (2 for print, 2400 × 1260) as PNG bytes.</summary>
    public static byte[] Png(string svg, int scale = 1)
    {
        ArgumentNullException.ThrowIfNull(svg);
        using var document = SKSvg.CreateFromSvg(svg);
        var picture = document.Picture ?? throw new InvalidOperationException("The picture's SVG could not be read.");
        var bounds = picture.CullRect;
        var info = new SKImageInfo((int)Math.Ceiling(bounds.Width * scale), (int)Math.Ceiling(bounds.Height * scale));
        using var surface = SKSurface.Create(info);
        var canvas = surface.Canvas;
        canvas.Clear(SKColors.White);
        canvas.Scale(scale);
        canvas.DrawPicture(picture);
        canvas.Flush();
        using var image = surface.Snapshot();
        using var data = image.Encode(SKEncodedImageFormat.Png, 100);
        return data.ToArray();
    }
}
