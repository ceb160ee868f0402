package java.time;

import java.time.zone.ZoneRules;
import java.time.zone.ZoneRulesException;
import java.util.Set;

/** A region ID ("Europe/Paris", "UTC"); rules from the system's tzdata files. */
final class ZoneRegion extends ZoneId {
    private final String id;
    private final transient ZoneRules rules;

    ZoneRegion(String id, ZoneRules rules) {
        this.id = id;
        this.rules = rules;
    }

    static ZoneRegion ofId(String zoneId, boolean checkAvailable) {
        java.util.Objects.requireNonNull(zoneId, "zoneId");
        checkName(zoneId);
        ZoneRules rules;
        try {
            rules = ZoneRules.forId(zoneId);
        } catch (ZoneRulesException ex) {
            if (checkAvailable) throw ex;
            rules = null;
        }
        return new ZoneRegion(zoneId, rules);
    }

    private static void checkName(String zoneId) {
        int n = zoneId.length();
        if (n < 2) throw new DateTimeException("Invalid ID for region-based ZoneId, invalid format: " + zoneId);
        for (int i = 0; i < n; i++) {
            char c = zoneId.charAt(i);
            if (c >= 'a' && c <= 'z') continue;
            if (c >= 'A' && c <= 'Z') continue;
            if (c == '/' && i != 0) continue;
            if (c >= '0' && c <= '9' && i != 0) continue;
            if (c == '~' && i != 0) continue;
            if (c == '.' && i != 0) continue;
            if (c == '_' && i != 0) continue;
            if (c == '+' && i != 0) continue;
            if (c == '-' && i != 0) continue;
            throw new DateTimeException("Invalid ID for region-based ZoneId, invalid format: " + zoneId);
        }
    }

    private static ZoneId systemDefault;

    /** TZ, else /etc/timezone, else the /etc/localtime link, else UTC; an unknown ID is GMT (as the JDK). */
    static synchronized ZoneId defaultZone() {
        if (systemDefault != null) return systemDefault;
        String id = System.getenv("TZ");
        if (id != null && id.startsWith(":")) id = id.substring(1);
        if (id == null || id.isEmpty()) id = readFirstLine("/etc/timezone");
        if (id == null || id.isEmpty()) {
            try {
                String real = new java.io.File("/etc/localtime").getCanonicalPath();
                int k = real.indexOf("/zoneinfo/");
                if (k >= 0) id = real.substring(k + "/zoneinfo/".length());
            } catch (java.io.IOException e) {
                id = null;
            }
        }
        if (id == null || id.isEmpty()) id = "UTC";
        ZoneId z;
        try {
            z = ZoneId.of(id);
        } catch (DateTimeException e) {
            z = ZoneId.of("GMT");
        }
        systemDefault = z;
        return z;
    }

    private static String readFirstLine(String path) {
        try (java.io.BufferedReader r = new java.io.BufferedReader(new java.io.FileReader(path))) {
            String line = r.readLine();
            return line == null ? null : line.trim();
        } catch (java.io.IOException e) {
            return null;
        }
    }

    static Set<String> availableIds() {
        return ZoneRules.availableIds();
    }

    public String getId() {
        return id;
    }

    public ZoneRules getRules() {
        return (rules != null ? rules : ZoneRules.forId(id));
    }
}
