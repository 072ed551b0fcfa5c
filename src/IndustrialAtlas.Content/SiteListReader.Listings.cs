namespace IndustrialAtlas.Content;

/// <summary>A site's lists: each with what the list says of it, a batch checked against the batches its list published.</summary>
public static partial class SiteListReader
{
    private static List<SiteListingRecord> ReadListings(MapReader item, SiteListRecord? list)
    {
        var listings = new List<SiteListingRecord>();
        foreach (var listing in item.List("lists", required: true, i => $"{item.What} list {i}"))
        {
            var slug = listing.Slug("list", required: true);
            var sector = listing.String("sector");
            var number = listing.String("number");
            var batch = Whole(listing, "batch", required: false);
            var year = Whole(listing, "year", required: false);
            listing.RejectUnknown();
            // A batch of this file's own list must be one it published, in the year it published it.
            if (list is not null && slug == list.Slug && batch is not null && list.Batches.Count > 0)
            {
                var published = list.Batches.FirstOrDefault(b => b.Batch == batch);
                if (published is null)
                {
                    listing.Context.Report(listing.LineOf("batch"), $"{listing.What}: {list.Slug} has no batch {batch}");
                    continue;
                }

                if (year is not null && year != published.Year)
                {
                    listing.Context.Report(listing.LineOf("year"), $"{listing.What}: batch {batch} of {list.Slug} was published in {published.Year}, not {year}");
                    continue;
                }

                year ??= published.Year;
            }

            if (slug is not null)
            {
                listings.Add(new SiteListingRecord(slug, sector, number, batch, year, Support.Supported));
            }
        }

        return listings;
    }
}
