package java.time.format;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.temporal.ChronoField;
import java.time.temporal.TemporalAccessor;
import java.time.temporal.TemporalField;
import java.time.temporal.UnsupportedTemporalTypeException;
import java.util.HashMap;
import java.util.Iterator;
import java.util.Map;

import static java.time.temporal.ChronoField.*;

/** The result of parsing: field values, resolved (ISO chronology only) into a date and/or time. */
final class Parsed implements TemporalAccessor {
    final HashMap<TemporalField, Long> fieldValues = new HashMap<>();
    private ResolverStyle resolverStyle;
    LocalDate date;
    LocalTime time;
    java.time.ZoneId zone;
    private long excessDays;

    Parsed() {
    }

    Parsed copy() {
        Parsed cloned = new Parsed();
        cloned.fieldValues.putAll(fieldValues);
        cloned.zone = zone;
        return cloned;
    }

    public boolean isSupported(TemporalField field) {
        if (fieldValues.containsKey(field) || (date != null && date.isSupported(field))
                || (time != null && time.isSupported(field))) {
            return true;
        }
        return field != null && !(field instanceof ChronoField) && field.isSupportedBy(this);
    }

    @SuppressWarnings("unchecked")
    public <R> R query(java.time.temporal.TemporalQuery<R> query) {
        if (query == java.time.temporal.TemporalQueries.zoneId()) return (R) zone;
        if (query == java.time.temporal.TemporalQueries.zone()) {
            if (zone != null) return (R) zone;
            Long off = fieldValues.get(OFFSET_SECONDS);
            return off == null ? null : (R) java.time.ZoneOffset.ofTotalSeconds(off.intValue());
        }
        if (query == java.time.temporal.TemporalQueries.localDate()) return (R) date;
        if (query == java.time.temporal.TemporalQueries.localTime()) return (R) time;
        return query.queryFrom(this);
    }

    public long getLong(TemporalField field) {
        java.util.Objects.requireNonNull(field, "field");
        Long value = fieldValues.get(field);
        if (value != null) return value;
        if (date != null && date.isSupported(field)) return date.getLong(field);
        if (time != null && time.isSupported(field)) return time.getLong(field);
        if (field instanceof ChronoField) throw new UnsupportedTemporalTypeException("Unsupported field: " + field);
        return field.getFrom(this);
    }

    // ---- resolving ----------------------------------------------------------------------

    TemporalAccessor resolve(ResolverStyle style) {
        this.resolverStyle = style;
        resolveDateFields();
        resolveTimeFields();
        resolveTimeLenient();
        crossCheck();
        if (date != null && time != null && excessDays != 0) {
            date = date.plusDays(excessDays);
            excessDays = 0;
        }
        if (date != null && time != null && !fieldValues.containsKey(INSTANT_SECONDS)) {
            Long offsetSecs = fieldValues.get(OFFSET_SECONDS);
            if (offsetSecs != null) {
                long instant = date.atTime(time).toEpochSecond(java.time.ZoneOffset.ofTotalSeconds(offsetSecs.intValue()));
                fieldValues.put(INSTANT_SECONDS, instant);
            } else if (zone != null) {
                long instant = date.atTime(time).atZone(zone).toEpochSecond();
                fieldValues.put(INSTANT_SECONDS, instant);
            }
        }
        return this;
    }

    private void resolveDateFields() {
        LocalDate resolved = resolveDate();
        if (resolved != null) {
            if (date != null && !date.equals(resolved))
                throw new DateTimeException("Conflict found: Fields resolved to two different dates: " + date + " " + resolved);
            date = resolved;
        }
    }

    private LocalDate resolveDate() {
        if (fieldValues.containsKey(EPOCH_DAY)) return LocalDate.ofEpochDay(fieldValues.remove(EPOCH_DAY));
        if (fieldValues.containsKey(INSTANT_SECONDS) && !fieldValues.containsKey(YEAR) && !fieldValues.containsKey(YEAR_OF_ERA)) {
            long secs = fieldValues.get(INSTANT_SECONDS);
            java.time.ZoneOffset off = java.time.ZoneOffset.UTC;
            if (zone != null) off = zone.getRules().getOffset(java.time.Instant.ofEpochSecond(secs));
            else if (fieldValues.containsKey(OFFSET_SECONDS)) off = java.time.ZoneOffset.ofTotalSeconds(fieldValues.get(OFFSET_SECONDS).intValue());
            if (zone != null || fieldValues.containsKey(OFFSET_SECONDS)) {
                java.time.LocalDateTime ldt = java.time.LocalDateTime.ofEpochSecond(secs, 0, off);
                time = ldt.toLocalTime().withNano(fieldValues.containsKey(NANO_OF_SECOND) ? fieldValues.get(NANO_OF_SECOND).intValue() : 0);
                return ldt.toLocalDate();
            }
        }
        Long pMonth = fieldValues.remove(PROLEPTIC_MONTH);
        if (pMonth != null) {
            if (resolverStyle != ResolverStyle.LENIENT) PROLEPTIC_MONTH.checkValidValue(pMonth);
            addFieldValue(MONTH_OF_YEAR, Math.floorMod(pMonth, 12) + 1);
            addFieldValue(YEAR, Math.floorDiv(pMonth, 12));
        }
        Long yoeLong = fieldValues.remove(YEAR_OF_ERA);
        if (yoeLong != null) {
            if (resolverStyle != ResolverStyle.LENIENT) YEAR_OF_ERA.checkValidValue(yoeLong);
            Long era = fieldValues.remove(ERA);
            if (era == null) {
                Long year = fieldValues.get(YEAR);
                if (resolverStyle == ResolverStyle.STRICT) {
                    if (year != null) addFieldValue(YEAR, (year > 0 ? yoeLong : Math.subtractExact(1, yoeLong)));
                    else fieldValues.put(YEAR_OF_ERA, yoeLong);
                } else {
                    addFieldValue(YEAR, (year == null || year > 0 ? yoeLong : Math.subtractExact(1, yoeLong)));
                }
            } else if (era.longValue() == 1L) {
                addFieldValue(YEAR, yoeLong);
            } else if (era.longValue() == 0L) {
                addFieldValue(YEAR, Math.subtractExact(1, yoeLong));
            } else {
                throw new DateTimeException("Invalid value for era: " + era);
            }
        } else if (fieldValues.containsKey(ERA)) {
            ERA.checkValidValue(fieldValues.get(ERA));
        }
        if (fieldValues.containsKey(YEAR)) {
            if (fieldValues.containsKey(MONTH_OF_YEAR) && fieldValues.containsKey(DAY_OF_MONTH)) {
                int y = YEAR.checkValidIntValue(fieldValues.remove(YEAR));
                if (resolverStyle == ResolverStyle.LENIENT) {
                    long months = Math.subtractExact(fieldValues.remove(MONTH_OF_YEAR), 1);
                    long days = Math.subtractExact(fieldValues.remove(DAY_OF_MONTH), 1);
                    return LocalDate.of(y, 1, 1).plusMonths(months).plusDays(days);
                }
                int moy = MONTH_OF_YEAR.checkValidIntValue(fieldValues.remove(MONTH_OF_YEAR));
                int dom = DAY_OF_MONTH.checkValidIntValue(fieldValues.remove(DAY_OF_MONTH));
                if (resolverStyle == ResolverStyle.SMART) {
                    if (moy == 4 || moy == 6 || moy == 9 || moy == 11) dom = Math.min(dom, 30);
                    else if (moy == 2) dom = Math.min(dom, java.time.Year.isLeap(y) ? 29 : 28);
                }
                return LocalDate.of(y, moy, dom);
            }
            if (fieldValues.containsKey(DAY_OF_YEAR)) {
                int y = YEAR.checkValidIntValue(fieldValues.remove(YEAR));
                if (resolverStyle == ResolverStyle.LENIENT) {
                    long days = Math.subtractExact(fieldValues.remove(DAY_OF_YEAR), 1);
                    return LocalDate.ofYearDay(y, 1).plusDays(days);
                }
                int doy = DAY_OF_YEAR.checkValidIntValue(fieldValues.remove(DAY_OF_YEAR));
                return LocalDate.ofYearDay(y, doy);
            }
        }
        return null;
    }

    private void addFieldValue(TemporalField field, long value) {
        Long old = fieldValues.get(field);
        if (old != null && old.longValue() != value)
            throw new DateTimeException("Conflict found: " + field + " " + old + " differs from " + field + " " + value + ": " + this);
        fieldValues.put(field, value);
    }

    private void updateCheckConflict(TemporalField targetField, TemporalField changeField, Long changeValue) {
        Long old = fieldValues.put(changeField, changeValue);
        if (old != null && old.longValue() != changeValue.longValue())
            throw new DateTimeException("Conflict found: " + changeField + " " + old
                + " differs from " + changeField + " " + changeValue + " while resolving  " + targetField);
    }

    private void resolveTimeFields() {
        boolean lenient = resolverStyle == ResolverStyle.LENIENT;
        if (fieldValues.containsKey(CLOCK_HOUR_OF_DAY)) {
            long ch = fieldValues.remove(CLOCK_HOUR_OF_DAY);
            if (resolverStyle == ResolverStyle.STRICT || (resolverStyle == ResolverStyle.SMART && ch != 0))
                CLOCK_HOUR_OF_DAY.checkValidValue(ch);
            updateCheckConflict(CLOCK_HOUR_OF_DAY, HOUR_OF_DAY, ch == 24 ? 0 : ch);
        }
        if (fieldValues.containsKey(CLOCK_HOUR_OF_AMPM)) {
            long ch = fieldValues.remove(CLOCK_HOUR_OF_AMPM);
            if (resolverStyle == ResolverStyle.STRICT || (resolverStyle == ResolverStyle.SMART && ch != 0))
                CLOCK_HOUR_OF_AMPM.checkValidValue(ch);
            updateCheckConflict(CLOCK_HOUR_OF_AMPM, HOUR_OF_AMPM, ch == 12 ? 0 : ch);
        }
        if (fieldValues.containsKey(AMPM_OF_DAY) && fieldValues.containsKey(HOUR_OF_AMPM)) {
            long ap = fieldValues.remove(AMPM_OF_DAY);
            long hap = fieldValues.remove(HOUR_OF_AMPM);
            if (lenient) {
                updateCheckConflict(AMPM_OF_DAY, HOUR_OF_DAY, Math.addExact(Math.multiplyExact(ap, 12), hap));
            } else {
                AMPM_OF_DAY.checkValidValue(ap);
                HOUR_OF_AMPM.checkValidValue(hap);
                updateCheckConflict(AMPM_OF_DAY, HOUR_OF_DAY, ap * 12 + hap);
            }
        }
        if (fieldValues.containsKey(NANO_OF_DAY)) {
            long nod = fieldValues.remove(NANO_OF_DAY);
            if (!lenient) NANO_OF_DAY.checkValidValue(nod);
            updateCheckConflict(NANO_OF_DAY, HOUR_OF_DAY, nod / 3600_000_000_000L);
            updateCheckConflict(NANO_OF_DAY, MINUTE_OF_HOUR, (nod / 60_000_000_000L) % 60);
            updateCheckConflict(NANO_OF_DAY, SECOND_OF_MINUTE, (nod / 1_000_000_000L) % 60);
            updateCheckConflict(NANO_OF_DAY, NANO_OF_SECOND, nod % 1_000_000_000L);
        }
        if (fieldValues.containsKey(MICRO_OF_DAY)) {
            long cod = fieldValues.remove(MICRO_OF_DAY);
            if (!lenient) MICRO_OF_DAY.checkValidValue(cod);
            updateCheckConflict(MICRO_OF_DAY, SECOND_OF_DAY, cod / 1_000_000L);
            updateCheckConflict(MICRO_OF_DAY, MICRO_OF_SECOND, cod % 1_000_000L);
        }
        if (fieldValues.containsKey(MILLI_OF_DAY)) {
            long lod = fieldValues.remove(MILLI_OF_DAY);
            if (!lenient) MILLI_OF_DAY.checkValidValue(lod);
            updateCheckConflict(MILLI_OF_DAY, SECOND_OF_DAY, lod / 1_000);
            updateCheckConflict(MILLI_OF_DAY, MILLI_OF_SECOND, lod % 1_000);
        }
        if (fieldValues.containsKey(SECOND_OF_DAY)) {
            long sod = fieldValues.remove(SECOND_OF_DAY);
            if (!lenient) SECOND_OF_DAY.checkValidValue(sod);
            updateCheckConflict(SECOND_OF_DAY, HOUR_OF_DAY, sod / 3600);
            updateCheckConflict(SECOND_OF_DAY, MINUTE_OF_HOUR, (sod / 60) % 60);
            updateCheckConflict(SECOND_OF_DAY, SECOND_OF_MINUTE, sod % 60);
        }
        if (fieldValues.containsKey(MINUTE_OF_DAY)) {
            long mod = fieldValues.remove(MINUTE_OF_DAY);
            if (!lenient) MINUTE_OF_DAY.checkValidValue(mod);
            updateCheckConflict(MINUTE_OF_DAY, HOUR_OF_DAY, mod / 60);
            updateCheckConflict(MINUTE_OF_DAY, MINUTE_OF_HOUR, mod % 60);
        }
        if (fieldValues.containsKey(NANO_OF_SECOND)) {
            long nos = fieldValues.get(NANO_OF_SECOND);
            if (!lenient) NANO_OF_SECOND.checkValidValue(nos);
            if (fieldValues.containsKey(MICRO_OF_SECOND)) {
                long cos = fieldValues.remove(MICRO_OF_SECOND);
                if (!lenient) MICRO_OF_SECOND.checkValidValue(cos);
                nos = cos * 1000 + (nos % 1000);
                updateCheckConflict(MICRO_OF_SECOND, NANO_OF_SECOND, nos);
            }
            if (fieldValues.containsKey(MILLI_OF_SECOND)) {
                long los = fieldValues.remove(MILLI_OF_SECOND);
                if (!lenient) MILLI_OF_SECOND.checkValidValue(los);
                updateCheckConflict(MILLI_OF_SECOND, NANO_OF_SECOND, los * 1_000_000L + (nos % 1_000_000L));
            }
        }
        if (fieldValues.containsKey(HOUR_OF_DAY) && fieldValues.containsKey(MINUTE_OF_HOUR)
                && fieldValues.containsKey(SECOND_OF_MINUTE) && fieldValues.containsKey(NANO_OF_SECOND)) {
            long hod = fieldValues.remove(HOUR_OF_DAY);
            long moh = fieldValues.remove(MINUTE_OF_HOUR);
            long som = fieldValues.remove(SECOND_OF_MINUTE);
            long nos = fieldValues.remove(NANO_OF_SECOND);
            resolveTime(hod, moh, som, nos);
        }
    }

    private void resolveTimeLenient() {
        if (time == null) {
            if (fieldValues.containsKey(MILLI_OF_SECOND)) {
                long los = fieldValues.remove(MILLI_OF_SECOND);
                if (fieldValues.containsKey(MICRO_OF_SECOND)) {
                    long cos = los * 1_000 + (fieldValues.get(MICRO_OF_SECOND) % 1_000);
                    updateCheckConflict(MILLI_OF_SECOND, MICRO_OF_SECOND, cos);
                    fieldValues.remove(MICRO_OF_SECOND);
                    fieldValues.put(NANO_OF_SECOND, cos * 1_000L);
                } else {
                    fieldValues.put(NANO_OF_SECOND, los * 1_000_000L);
                }
            } else if (fieldValues.containsKey(MICRO_OF_SECOND)) {
                long cos = fieldValues.remove(MICRO_OF_SECOND);
                fieldValues.put(NANO_OF_SECOND, cos * 1_000L);
            }
            Long hod = fieldValues.get(HOUR_OF_DAY);
            if (hod != null) {
                Long moh = fieldValues.get(MINUTE_OF_HOUR);
                Long som = fieldValues.get(SECOND_OF_MINUTE);
                Long nos = fieldValues.get(NANO_OF_SECOND);
                if ((moh == null && (som != null || nos != null)) || (moh != null && som == null && nos != null)) return;
                long mohVal = (moh != null ? moh : 0);
                long somVal = (som != null ? som : 0);
                long nosVal = (nos != null ? nos : 0);
                resolveTime(hod, mohVal, somVal, nosVal);
                fieldValues.remove(HOUR_OF_DAY);
                fieldValues.remove(MINUTE_OF_HOUR);
                fieldValues.remove(SECOND_OF_MINUTE);
                fieldValues.remove(NANO_OF_SECOND);
            }
        }
        if (resolverStyle != ResolverStyle.LENIENT && fieldValues.size() > 0) {
            for (Map.Entry<TemporalField, Long> entry : fieldValues.entrySet()) {
                TemporalField field = entry.getKey();
                if (field instanceof ChronoField && field.isTimeBased())
                    ((ChronoField) field).checkValidValue(entry.getValue());
            }
        }
    }

    private void resolveTime(long hod, long moh, long som, long nos) {
        if (resolverStyle == ResolverStyle.LENIENT) {
            long totalNanos = Math.multiplyExact(hod, 3600_000_000_000L);
            totalNanos = Math.addExact(totalNanos, Math.multiplyExact(moh, 60_000_000_000L));
            totalNanos = Math.addExact(totalNanos, Math.multiplyExact(som, 1_000_000_000L));
            totalNanos = Math.addExact(totalNanos, nos);
            int excess = (int) Math.floorDiv(totalNanos, 86400_000_000_000L);
            long nod = Math.floorMod(totalNanos, 86400_000_000_000L);
            setTime(LocalTime.ofNanoOfDay(nod), excess);
        } else {
            int mohVal = MINUTE_OF_HOUR.checkValidIntValue(moh);
            int nosVal = NANO_OF_SECOND.checkValidIntValue(nos);
            if (resolverStyle == ResolverStyle.SMART && hod == 24 && mohVal == 0 && som == 0 && nosVal == 0) {
                setTime(LocalTime.MIDNIGHT, 1);
            } else {
                int hodVal = HOUR_OF_DAY.checkValidIntValue(hod);
                int somVal = SECOND_OF_MINUTE.checkValidIntValue(som);
                setTime(LocalTime.of(hodVal, mohVal, somVal, nosVal), 0);
            }
        }
    }

    private void setTime(LocalTime timeToSet, long days) {
        if (time != null) {
            if (!time.equals(timeToSet))
                throw new DateTimeException("Conflict found: Fields resolved to different times: " + time + " " + timeToSet);
            if (excessDays != 0 && days != 0 && excessDays != days)
                throw new DateTimeException("Conflict found: Fields resolved to different excess periods: P" + excessDays + "D P" + days + "D");
            if (days != 0) excessDays = days;
        } else {
            time = timeToSet;
            excessDays = days;
        }
    }

    private void crossCheck() {
        if (date != null) crossCheck(date);
        if (time != null) crossCheck(time);
    }

    private void crossCheck(TemporalAccessor target) {
        for (Iterator<Map.Entry<TemporalField, Long>> it = fieldValues.entrySet().iterator(); it.hasNext(); ) {
            Map.Entry<TemporalField, Long> entry = it.next();
            TemporalField field = entry.getKey();
            if (target.isSupported(field)) {
                long val1;
                try {
                    val1 = target.getLong(field);
                } catch (RuntimeException ex) {
                    continue;
                }
                long val2 = entry.getValue();
                if (val1 != val2)
                    throw new DateTimeException("Conflict found: Field " + field + " " + val1
                        + " differs from " + field + " " + val2 + " derived from " + target);
                it.remove();
            }
        }
    }

    public String toString() {
        StringBuilder buf = new StringBuilder(64);
        buf.append(fieldValues).append(',').append("ISO");
        if (zone != null) buf.append(',').append(zone);
        if (date != null || time != null) {
            buf.append(" resolved to ");
            if (date != null) {
                buf.append(date);
                if (time != null) buf.append('T').append(time);
            } else {
                buf.append(time);
            }
        }
        return buf.toString();
    }
}
