package fi.respiteplanner.datasets.respite;

/**
 * The instance sizes of DOMAIN.md. Each region is a city's respite service (8 units, about 80 beds);
 * S is one unit pair of a small municipality.
 *
 * @param regions how many cities (regions) the instance covers
 * @param stayRequests stay requests in the quarter, across all regions
 * @param maxTravelKm the plan's travel limit (null: any unit of the instance may be offered)
 */
public enum RespiteSize {
    S(1, 150, null),
    M(1, 1_500, null),
    L(3, 5_000, 80),
    XL(12, 20_000, 80);

    private final int regions;
    private final int stayRequests;
    private final Integer maxTravelKm;

    RespiteSize(int regions, int stayRequests, Integer maxTravelKm) {
        this.regions = regions;
        this.stayRequests = stayRequests;
        this.maxTravelKm = maxTravelKm;
    }

    public int regions() { return regions; }
    public int stayRequests() { return stayRequests; }
    public Integer maxTravelKm() { return maxTravelKm; }

    /** A small municipality: one adults' and one children's own unit, 15 beds. */
    public boolean isSingleUnitPair() {
        return this == S;
    }
}
