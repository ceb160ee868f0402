package java.time;

import java.time.temporal.TemporalAccessor;
import java.time.zone.ZoneRules;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;

/** A time-zone ID: a fixed ZoneOffset or a region whose rules come from the system's tzdata. */
public abstract class ZoneId implements java.io.Serializable {
    public static final Map<String, String> SHORT_IDS;

    static {
        HashMap<String, String> m = new HashMap<>();
        String[] kv = {"ACT", "Australia/Darwin", "AET", "Australia/Sydney", "AGT", "America/Argentina/Buenos_Aires",
            "ART", "Africa/Cairo", "AST", "America/Anchorage", "BET", "America/Sao_Paulo", "BST", "Asia/Dhaka",
            "CAT", "Africa/Harare", "CNT", "America/St_Johns", "CST", "America/Chicago", "CTT", "Asia/Shanghai",
            "EAT", "Africa/Addis_Ababa", "ECT", "Europe/Paris", "IET", "America/Indiana/Indianapolis",
            "IST", "Asia/Kolkata", "JST", "Asia/Tokyo", "MIT", "Pacific/Apia", "NET", "Asia/Yerevan",
            "NST", "Pacific/Auckland", "PLT", "Asia/Karachi", "PNT", "America/Phoenix", "PRT", "America/Puerto_Rico",
            "PST", "America/Los_Angeles", "SST", "Pacific/Guadalcanal", "VST", "Asia/Ho_Chi_Minh",
            "EST", "-05:00", "MST", "-07:00", "HST", "-10:00"};
        for (int i = 0; i < kv.length; i += 2) m.put(kv[i], kv[i + 1]);
        SHORT_IDS = java.util.Collections.unmodifiableMap(m);
    }

    ZoneId() {
    }

    public static ZoneId systemDefault() {
        return ZoneRegion.defaultZone();
    }

    public static Set<String> getAvailableZoneIds() {
        return ZoneRegion.availableIds();
    }

    public static ZoneId of(String zoneId, Map<String, String> aliasMap) {
        java.util.Objects.requireNonNull(zoneId, "zoneId");
        java.util.Objects.requireNonNull(aliasMap, "aliasMap");
        String id = aliasMap.getOrDefault(zoneId, zoneId);
        return of(id);
    }

    public static ZoneId of(String zoneId) {
        return of(zoneId, true);
    }

    public static ZoneId ofOffset(String prefix, ZoneOffset offset) {
        java.util.Objects.requireNonNull(prefix, "prefix");
        java.util.Objects.requireNonNull(offset, "offset");
        if (prefix.isEmpty()) return offset;
        if (!prefix.equals("GMT") && !prefix.equals("UTC") && !prefix.equals("UT"))
            throw new IllegalArgumentException("prefix should be GMT, UTC or UT, is: " + prefix);
        if (offset.getTotalSeconds() != 0) prefix = prefix.concat(offset.getId());
        return new ZoneRegion(prefix, offset.getRules());
    }

    static ZoneId of(String zoneId, boolean checkAvailable) {
        java.util.Objects.requireNonNull(zoneId, "zoneId");
        if (zoneId.length() <= 1 || zoneId.startsWith("+") || zoneId.startsWith("-")) {
            return ZoneOffset.of(zoneId);
        } else if (zoneId.startsWith("UTC") || zoneId.startsWith("GMT")) {
            return ofWithPrefix(zoneId, 3, checkAvailable);
        } else if (zoneId.startsWith("UT")) {
            return ofWithPrefix(zoneId, 2, checkAvailable);
        }
        return ZoneRegion.ofId(zoneId, checkAvailable);
    }

    private static ZoneId ofWithPrefix(String zoneId, int prefixLength, boolean checkAvailable) {
        String prefix = zoneId.substring(0, prefixLength);
        if (zoneId.length() == prefixLength) return ofOffset(prefix, ZoneOffset.UTC);
        if (zoneId.charAt(prefixLength) != '+' && zoneId.charAt(prefixLength) != '-')
            return ZoneRegion.ofId(zoneId, checkAvailable);
        try {
            ZoneOffset offset = ZoneOffset.of(zoneId.substring(prefixLength));
            if (offset == ZoneOffset.UTC) return ofOffset(prefix, offset);
            return ofOffset(prefix, offset);
        } catch (DateTimeException ex) {
            throw new DateTimeException("Invalid ID for offset-based ZoneId: " + zoneId, ex);
        }
    }

    public static ZoneId from(TemporalAccessor temporal) {
        if (temporal instanceof ZonedDateTime) return ((ZonedDateTime) temporal).getZone();
        if (temporal instanceof OffsetDateTime) return ((OffsetDateTime) temporal).getOffset();
        if (temporal instanceof ZoneId) return (ZoneId) temporal;
        throw new DateTimeException("Unable to obtain ZoneId from TemporalAccessor: " + temporal
            + " of type " + temporal.getClass().getName());
    }

    public abstract String getId();

    public String getDisplayName(java.time.format.TextStyle style, java.util.Locale locale) {
        return getId();
    }

    public abstract ZoneRules getRules();

    public ZoneId normalized() {
        try {
            ZoneRules rules = getRules();
            if (rules.isFixedOffset()) return rules.getOffset(Instant.EPOCH);
        } catch (java.time.zone.ZoneRulesException ex) {
            // invalid ZoneRegion is not important to this method
        }
        return this;
    }

    public boolean equals(Object obj) {
        if (this == obj) return true;
        return (obj instanceof ZoneId) && getId().equals(((ZoneId) obj).getId());
    }

    public int hashCode() {
        return getId().hashCode();
    }

    public String toString() {
        return getId();
    }
}
