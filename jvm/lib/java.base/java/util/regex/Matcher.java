package java.util.regex;

import java.util.ArrayList;
import java.util.Objects;
import java.util.function.Function;
import java.util.stream.Stream;

/** Matching state for a Pattern over one input (see Pattern for the engine). */
public final class Matcher implements MatchResult {
    static final int ENDANCHOR = 1, NOANCHOR = 0;

    Pattern parentPattern;
    CharSequence text;
    int[] groups;
    int[] locals;
    int from, to;
    int first = -1, last = 0;
    int oldLast = -1;
    int lastAppendPosition = 0;
    int acceptMode = NOANCHOR;
    int subEnd;
    boolean hitEnd, requireEnd;
    boolean transparentBounds = false;
    boolean anchoringBounds = true;
    int modCount;

    Matcher(Pattern parent, CharSequence text) {
        this.parentPattern = parent;
        this.text = text;
        groups = new int[(parent.groupCount + 1) * 2];
        locals = new int[Math.max(parent.localCount, 1)];
        reset();
    }

    public Pattern pattern() {
        return parentPattern;
    }

    public MatchResult toMatchResult() {
        final String s = text.toString();
        final int[] g = groups.clone();
        final int count = groupCount();
        final int f = first, l = last;
        return new MatchResult() {
            public int start() {
                check();
                return f;
            }

            public int start(int group) {
                check();
                return g[group * 2];
            }

            public int end() {
                check();
                return l;
            }

            public int end(int group) {
                check();
                return g[group * 2 + 1];
            }

            public String group() {
                return group(0);
            }

            public String group(int group) {
                check();
                if (g[group * 2] == -1) return null;
                return s.substring(g[group * 2], g[group * 2 + 1]);
            }

            public int groupCount() {
                return count;
            }

            private void check() {
                if (f < 0) throw new IllegalStateException("No match found");
            }
        };
    }

    public Matcher usePattern(Pattern newPattern) {
        if (newPattern == null) throw new IllegalArgumentException("Pattern cannot be null");
        parentPattern = newPattern;
        groups = new int[(newPattern.groupCount + 1) * 2];
        locals = new int[Math.max(newPattern.localCount, 1)];
        for (int i = 0; i < groups.length; i++) groups[i] = -1;
        for (int i = 0; i < locals.length; i++) locals[i] = -1;
        return this;
    }

    public Matcher reset() {
        first = -1;
        last = 0;
        oldLast = -1;
        for (int i = 0; i < groups.length; i++) groups[i] = -1;
        for (int i = 0; i < locals.length; i++) locals[i] = -1;
        lastAppendPosition = 0;
        from = 0;
        to = getTextLength();
        modCount++;
        return this;
    }

    public Matcher reset(CharSequence input) {
        text = input;
        return reset();
    }

    public int start() {
        if (first < 0) throw new IllegalStateException("No match available");
        return first;
    }

    public int start(int group) {
        if (first < 0) throw new IllegalStateException("No match available");
        if (group < 0 || group > groupCount()) throw new IndexOutOfBoundsException("No group " + group);
        return groups[group * 2];
    }

    public int start(String name) {
        return groups[getMatchedGroupIndex(name) * 2];
    }

    public int end() {
        if (first < 0) throw new IllegalStateException("No match available");
        return last;
    }

    public int end(int group) {
        if (first < 0) throw new IllegalStateException("No match available");
        if (group < 0 || group > groupCount()) throw new IndexOutOfBoundsException("No group " + group);
        return groups[group * 2 + 1];
    }

    public int end(String name) {
        return groups[getMatchedGroupIndex(name) * 2 + 1];
    }

    public String group() {
        return group(0);
    }

    public String group(int group) {
        if (first < 0) throw new IllegalStateException("No match found");
        if (group < 0 || group > groupCount()) throw new IndexOutOfBoundsException("No group " + group);
        if ((groups[group * 2] == -1) || (groups[group * 2 + 1] == -1)) return null;
        return getSubSequence(groups[group * 2], groups[group * 2 + 1]).toString();
    }

    public String group(String name) {
        int group = getMatchedGroupIndex(name);
        if ((groups[group * 2] == -1) || (groups[group * 2 + 1] == -1)) return null;
        return getSubSequence(groups[group * 2], groups[group * 2 + 1]).toString();
    }

    private int getMatchedGroupIndex(String name) {
        Objects.requireNonNull(name, "Group name");
        if (first < 0) throw new IllegalStateException("No match found");
        if (parentPattern.namedGroups == null || !parentPattern.namedGroups.containsKey(name))
            throw new IllegalArgumentException("No group with name <" + name + ">");
        return parentPattern.namedGroups.get(name);
    }

    public int groupCount() {
        return parentPattern.groupCount;
    }

    public boolean matches() {
        return match(from, ENDANCHOR);
    }

    public boolean find() {
        int nextSearchIndex = last;
        if (nextSearchIndex == first) nextSearchIndex++;
        if (nextSearchIndex < from) nextSearchIndex = from;
        if (nextSearchIndex > to) {
            for (int i = 0; i < groups.length; i++) groups[i] = -1;
            return false;
        }
        return search(nextSearchIndex);
    }

    public boolean find(int start) {
        int limit = getTextLength();
        if ((start < 0) || (start > limit)) throw new IndexOutOfBoundsException("Illegal start index");
        reset();
        return search(start);
    }

    public boolean lookingAt() {
        return match(from, NOANCHOR);
    }

    public static String quoteReplacement(String s) {
        if ((s.indexOf('\\') == -1) && (s.indexOf('$') == -1)) return s;
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == '\\' || c == '$') sb.append('\\');
            sb.append(c);
        }
        return sb.toString();
    }

    public Matcher appendReplacement(StringBuffer sb, String replacement) {
        StringBuilder tmp = new StringBuilder();
        appendReplacement(tmp, replacement);
        sb.append(tmp);
        return this;
    }

    public Matcher appendReplacement(StringBuilder sb, String replacement) {
        if (first < 0) throw new IllegalStateException("No match available");
        StringBuilder result = new StringBuilder();
        appendExpandedReplacement(replacement, result);
        sb.append(text, lastAppendPosition, first);
        sb.append(result);
        lastAppendPosition = last;
        modCount++;
        return this;
    }

    private void appendExpandedReplacement(String replacement, StringBuilder result) {
        int cursor = 0;
        while (cursor < replacement.length()) {
            char nextChar = replacement.charAt(cursor);
            if (nextChar == '\\') {
                cursor++;
                if (cursor == replacement.length())
                    throw new IllegalArgumentException("character to be escaped is missing");
                nextChar = replacement.charAt(cursor);
                result.append(nextChar);
                cursor++;
            } else if (nextChar == '$') {
                cursor++;
                if (cursor == replacement.length())
                    throw new IllegalArgumentException("Illegal group reference: group index is missing");
                nextChar = replacement.charAt(cursor);
                int refNum;
                if (nextChar == '{') {
                    cursor++;
                    StringBuilder gsb = new StringBuilder();
                    while (cursor < replacement.length()) {
                        nextChar = replacement.charAt(cursor);
                        if (Character.isLetterOrDigit(nextChar)) {
                            gsb.append(nextChar);
                            cursor++;
                        } else {
                            break;
                        }
                    }
                    if (gsb.length() == 0)
                        throw new IllegalArgumentException("named capturing group has 0 length name");
                    if (nextChar != '}')
                        throw new IllegalArgumentException("named capturing group is missing trailing '}'");
                    String gname = gsb.toString();
                    if (Character.isDigit(gname.charAt(0)))
                        throw new IllegalArgumentException("capturing group name {" + gname + "} starts with digit character");
                    if (parentPattern.namedGroups == null || !parentPattern.namedGroups.containsKey(gname))
                        throw new IllegalArgumentException("No group with name {" + gname + "}");
                    refNum = parentPattern.namedGroups.get(gname);
                    cursor++;
                } else {
                    refNum = nextChar - '0';
                    if ((refNum < 0) || (refNum > 9))
                        throw new IllegalArgumentException("Illegal group reference");
                    cursor++;
                    boolean done = false;
                    while (!done) {
                        if (cursor >= replacement.length()) break;
                        int nextDigit = replacement.charAt(cursor) - '0';
                        if ((nextDigit < 0) || (nextDigit > 9)) break;
                        int newRefNum = (refNum * 10) + nextDigit;
                        if (groupCount() < newRefNum) {
                            done = true;
                        } else {
                            refNum = newRefNum;
                            cursor++;
                        }
                    }
                }
                if (start(refNum) != -1 && end(refNum) != -1) result.append(text, start(refNum), end(refNum));
            } else {
                result.append(nextChar);
                cursor++;
            }
        }
    }

    public StringBuffer appendTail(StringBuffer sb) {
        sb.append(text, lastAppendPosition, getTextLength());
        return sb;
    }

    public StringBuilder appendTail(StringBuilder sb) {
        sb.append(text, lastAppendPosition, getTextLength());
        return sb;
    }

    public String replaceAll(String replacement) {
        reset();
        boolean result = find();
        if (result) {
            StringBuilder sb = new StringBuilder();
            do {
                appendReplacement(sb, replacement);
                result = find();
            } while (result);
            appendTail(sb);
            return sb.toString();
        }
        return text.toString();
    }

    public String replaceAll(Function<MatchResult, String> replacer) {
        Objects.requireNonNull(replacer);
        reset();
        boolean result = find();
        if (result) {
            StringBuilder sb = new StringBuilder();
            do {
                int ec = modCount;
                String replacement = replacer.apply(this);
                if (ec != modCount) throw new java.util.ConcurrentModificationException();
                appendReplacement(sb, replacement);
                result = find();
            } while (result);
            appendTail(sb);
            return sb.toString();
        }
        return text.toString();
    }

    public Stream<MatchResult> results() {
        ArrayList<MatchResult> all = new ArrayList<>();
        reset();
        while (find()) all.add(toMatchResult());
        return all.stream();
    }

    public String replaceFirst(String replacement) {
        if (replacement == null) throw new NullPointerException("replacement");
        reset();
        if (!find()) return text.toString();
        StringBuilder sb = new StringBuilder();
        appendReplacement(sb, replacement);
        appendTail(sb);
        return sb.toString();
    }

    public String replaceFirst(Function<MatchResult, String> replacer) {
        Objects.requireNonNull(replacer);
        reset();
        if (!find()) return text.toString();
        StringBuilder sb = new StringBuilder();
        appendReplacement(sb, replacer.apply(this));
        appendTail(sb);
        return sb.toString();
    }

    public Matcher region(int start, int end) {
        if ((start < 0) || (start > getTextLength())) throw new IndexOutOfBoundsException("start");
        if ((end < 0) || (end > getTextLength())) throw new IndexOutOfBoundsException("end");
        if (start > end) throw new IndexOutOfBoundsException("start > end");
        reset();
        from = start;
        to = end;
        return this;
    }

    public int regionStart() {
        return from;
    }

    public int regionEnd() {
        return to;
    }

    public boolean hasTransparentBounds() {
        return transparentBounds;
    }

    public Matcher useTransparentBounds(boolean b) {
        transparentBounds = b;
        return this;
    }

    public boolean hasAnchoringBounds() {
        return anchoringBounds;
    }

    public Matcher useAnchoringBounds(boolean b) {
        anchoringBounds = b;
        return this;
    }

    public String toString() {
        return "java.util.regex.Matcher[pattern=" + pattern() + " region=" + regionStart() + ","
            + regionEnd() + " lastmatch=" + ((first >= 0) && (group() != null) ? group() : "") + "]";
    }

    public boolean hitEnd() {
        return hitEnd;
    }

    public boolean requireEnd() {
        return requireEnd;
    }

    boolean search(int from) {
        hitEnd = false;
        requireEnd = false;
        from = from < 0 ? 0 : from;
        this.first = from;
        this.oldLast = oldLast < 0 ? from : oldLast;
        for (int i = 0; i < groups.length; i++) groups[i] = -1;
        for (int i = 0; i < locals.length; i++) locals[i] = -1;
        acceptMode = NOANCHOR;
        boolean result = false;
        for (int i = from; i <= to; i++) {
            first = i;
            if (parentPattern.root.match(this, i, text)) {
                result = true;
                break;
            }
            // Do not start inside a surrogate pair.
            if (i < to && Character.isHighSurrogate(text.charAt(i)) && i + 1 < to
                && Character.isLowSurrogate(text.charAt(i + 1))) i++;
        }
        if (!result) this.first = -1;
        this.oldLast = this.last;
        this.modCount++;
        return result;
    }

    boolean match(int from, int anchor) {
        hitEnd = false;
        requireEnd = false;
        from = from < 0 ? 0 : from;
        this.first = from;
        this.oldLast = oldLast < 0 ? from : oldLast;
        for (int i = 0; i < groups.length; i++) groups[i] = -1;
        for (int i = 0; i < locals.length; i++) locals[i] = -1;
        acceptMode = anchor;
        boolean result = parentPattern.root.match(this, from, text);
        if (!result) this.first = -1;
        this.oldLast = this.last;
        this.modCount++;
        return result;
    }

    int getTextLength() {
        return text.length();
    }

    CharSequence getSubSequence(int beginIndex, int endIndex) {
        return text.subSequence(beginIndex, endIndex);
    }
}
