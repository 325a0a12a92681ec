package fi.respiteplanner.datasets.workbook;

/**
 * What an uploaded workbook may weigh. The defaults hold the XL plan (20,000 requests, about 1 MB) many
 * times over and keep a hostile file's unpacked size and rows well inside the service's heap.
 *
 * @param maxFileBytes the .xlsx file as uploaded
 * @param maxEntryBytes one unpacked part (a sheet's XML, the shared strings)
 * @param maxTotalBytes all unpacked parts together
 * @param maxRatio unpacked / packed size of a part above which it is taken for a zip bomb
 * @param maxEntries parts in the zip
 * @param maxRowsPerSheet data rows of one sheet
 * @param maxColumns columns read per row (cells further right are ignored)
 */
public record WorkbookLimits(long maxFileBytes, long maxEntryBytes, long maxTotalBytes, int maxRatio, int maxEntries,
        int maxRowsPerSheet, int maxColumns) {

    public static final WorkbookLimits DEFAULT = new WorkbookLimits(20L << 20, 100L << 20, 200L << 20, 100, 1_000, 100_000, 200);

    public WorkbookLimits withMaxFileBytes(long bytes) {
        return new WorkbookLimits(bytes, maxEntryBytes, maxTotalBytes, maxRatio, maxEntries, maxRowsPerSheet, maxColumns);
    }
}
