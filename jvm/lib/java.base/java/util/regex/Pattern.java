package java.util.regex;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;
import java.util.stream.Stream;

/**
 * Regular expressions: a recursive-descent parser building a graph of
 * nodes, matched by backtracking (each node calls its successor, so a
 * failure anywhere unwinds to the last choice point).  Supported: literals
 * and escapes, classes with ranges/negation/union/intersection, \d \w \s \h
 * \p{..} (POSIX, java*, Unicode categories), . ^ $ \b \B \A \z \Z, groups
 * (capturing, named, non-capturing, atomic), look-ahead/behind, greedy, lazy
 * and possessive quantifiers, back references, \Q..\E, and the flags
 * CASE_INSENSITIVE, MULTILINE, DOTALL, UNICODE_CASE, COMMENTS, LITERAL.
 */
public final class Pattern implements java.io.Serializable {
    public static final int UNIX_LINES = 0x01;
    public static final int CASE_INSENSITIVE = 0x02;
    public static final int COMMENTS = 0x04;
    public static final int MULTILINE = 0x08;
    public static final int LITERAL = 0x10;
    public static final int DOTALL = 0x20;
    public static final int UNICODE_CASE = 0x40;
    public static final int CANON_EQ = 0x80;
    public static final int UNICODE_CHARACTER_CLASS = 0x100;

    private final String pattern;
    private final int flags0;
    Node root;              // used by find(): may start anywhere
    int groupCount;         // capturing groups, excluding group 0
    int localCount;         // scratch slots for group heads and loops
    Map<String, Integer> namedGroups;

    private Pattern(String p, int f) {
        pattern = p;
        flags0 = f;
        new Parser(this, p, f).compile();
    }

    public static Pattern compile(String regex) {
        return new Pattern(regex, 0);
    }

    public static Pattern compile(String regex, int flags) {
        return new Pattern(regex, flags);
    }

    public String pattern() {
        return pattern;
    }

    public String toString() {
        return pattern;
    }

    public int flags() {
        return flags0;
    }

    public Matcher matcher(CharSequence input) {
        return new Matcher(this, input);
    }

    public static boolean matches(String regex, CharSequence input) {
        return compile(regex).matcher(input).matches();
    }

    public String[] split(CharSequence input) {
        return split(input, 0);
    }

    public String[] split(CharSequence input, int limit) {
        int index = 0;
        boolean matchLimited = limit > 0;
        ArrayList<String> matchList = new ArrayList<>();
        Matcher m = matcher(input);
        while (m.find()) {
            if (!matchLimited || matchList.size() < limit - 1) {
                if (index == 0 && index == m.start() && m.start() == m.end()) {
                    continue;       // no empty leading substring for a zero-width match at 0
                }
                matchList.add(input.subSequence(index, m.start()).toString());
                index = m.end();
            } else if (matchList.size() == limit - 1) {
                matchList.add(input.subSequence(index, input.length()).toString());
                index = m.end();
            }
        }
        if (index == 0) return new String[] {input.toString()};
        if (!matchLimited || matchList.size() < limit) matchList.add(input.subSequence(index, input.length()).toString());
        int resultSize = matchList.size();
        if (limit == 0)
            while (resultSize > 0 && matchList.get(resultSize - 1).isEmpty()) resultSize--;
        String[] result = new String[resultSize];
        return matchList.subList(0, resultSize).toArray(result);
    }

    public Stream<String> splitAsStream(CharSequence input) {
        return Stream.of(split(input));
    }

    public static String quote(String s) {
        int slashEIndex = s.indexOf("\\E");
        if (slashEIndex == -1) return "\\Q" + s + "\\E";
        StringBuilder sb = new StringBuilder(s.length() * 2);
        sb.append("\\Q");
        int current = 0;
        while ((slashEIndex = s.indexOf("\\E", current)) != -1) {
            sb.append(s, current, slashEIndex);
            current = slashEIndex + 2;
            sb.append("\\E\\\\E\\Q");
        }
        sb.append(s, current, s.length());
        sb.append("\\E");
        return sb.toString();
    }

    public Predicate<String> asPredicate() {
        return new Predicate<String>() {
            public boolean test(String s) {
                return matcher(s).find();
            }
        };
    }

    public Predicate<String> asMatchPredicate() {
        return new Predicate<String>() {
            public boolean test(String s) {
                return matcher(s).matches();
            }
        };
    }

    // ==== nodes ======================================================================

    /** A step of the match; match() tries this step at i and, on success, the rest. */
    abstract static class Node {
        Node next;

        abstract boolean match(Matcher m, int i, CharSequence s);

        /** Minimum length this node (alone) consumes; for look-behind bounds. */
        int minLen() {
            return 0;
        }

        /** Maximum length, or -1 if unbounded. */
        int maxLen() {
            return 0;
        }
    }

    /** End of the whole pattern: records the match end. */
    static final class LastNode extends Node {
        boolean match(Matcher m, int i, CharSequence s) {
            if (m.acceptMode == Matcher.ENDANCHOR && i != m.to) return false;
            m.last = i;
            m.groups[0] = m.first;
            m.groups[1] = i;
            return true;
        }
    }

    /** End of a sub-match (look-around, atomic group, possessive loop body). */
    static final class Accept extends Node {
        boolean match(Matcher m, int i, CharSequence s) {
            m.subEnd = i;
            return true;
        }
    }

    /** Predicates over one code unit. */
    abstract static class CharProperty extends Node {
        abstract boolean is(int ch);

        boolean match(Matcher m, int i, CharSequence s) {
            if (i < m.to) {
                char c = s.charAt(i);
                if (Character.isHighSurrogate(c) && i + 1 < m.to && Character.isLowSurrogate(s.charAt(i + 1))) {
                    int cp = Character.toCodePoint(c, s.charAt(i + 1));
                    return is(cp) && next.match(m, i + 2, s);
                }
                return is(c) && next.match(m, i + 1, s);
            }
            m.hitEnd = true;
            return false;
        }

        /** Length of the character at i (1 or 2) if it matches, else 0. */
        int step(Matcher m, int i, CharSequence s) {
            if (i >= m.to) {
                m.hitEnd = true;
                return 0;
            }
            char c = s.charAt(i);
            if (Character.isHighSurrogate(c) && i + 1 < m.to && Character.isLowSurrogate(s.charAt(i + 1)))
                return is(Character.toCodePoint(c, s.charAt(i + 1))) ? 2 : 0;
            return is(c) ? 1 : 0;
        }

        int minLen() {
            return 1;
        }

        int maxLen() {
            return 2;
        }
    }

    static final class Single extends CharProperty {
        final int c;

        Single(int c) {
            this.c = c;
        }

        boolean is(int ch) {
            return ch == c;
        }
    }

    static final class SingleI extends CharProperty {
        final int lower;
        final boolean unicode;

        SingleI(int c, boolean unicode) {
            this.unicode = unicode;
            this.lower = fold(c, unicode);
        }

        boolean is(int ch) {
            return fold(ch, unicode) == lower;
        }
    }

    static int fold(int c, boolean unicode) {
        if (c < 128) return (c >= 'A' && c <= 'Z') ? c + 32 : c;
        return unicode ? Character.toLowerCase(Character.toUpperCase(c)) : c;
    }

    /** A class built from a predicate tree (see ClassPred). */
    static final class ClassNode extends CharProperty {
        final ClassPred p;

        ClassNode(ClassPred p) {
            this.p = p;
        }

        boolean is(int ch) {
            return p.is(ch);
        }
    }

    abstract static class ClassPred {
        abstract boolean is(int ch);
    }

    static final class Slice extends Node {
        final String text;

        Slice(String t) {
            text = t;
        }

        boolean match(Matcher m, int i, CharSequence s) {
            int n = text.length();
            if (i + n > m.to) {
                m.hitEnd = true;
                return false;
            }
            for (int k = 0; k < n; k++)
                if (s.charAt(i + k) != text.charAt(k)) return false;
            return next.match(m, i + n, s);
        }

        int minLen() {
            return text.length();
        }

        int maxLen() {
            return text.length();
        }
    }

    // ---- anchors ---------------------------------------------------------------------

    static final class Begin extends Node {           // \A, or ^ without MULTILINE
        boolean match(Matcher m, int i, CharSequence s) {
            int from = m.anchoringBounds ? m.from : 0;
            return i == from && next.match(m, i, s);
        }
    }

    static final class Caret extends Node {           // ^ with MULTILINE
        boolean match(Matcher m, int i, CharSequence s) {
            int startIndex = m.anchoringBounds ? m.from : 0;
            int endIndex = m.anchoringBounds ? m.to : m.getTextLength();
            if (i > startIndex) {
                char ch = s.charAt(i - 1);
                if (ch != '\n' && ch != '\r' && (ch | 1) != '\u2029' && ch != '\u0085') return false;
                if (ch == '\r' && i < endIndex && s.charAt(i) == '\n') return false;
            }
            if (i == endIndex && i > startIndex) return false;   // no match after a final terminator
            return next.match(m, i, s);
        }
    }

    static final class Dollar extends Node {          // $ (and \Z): before a final line terminator
        final boolean multiline;

        Dollar(boolean multiline) {
            this.multiline = multiline;
        }

        boolean match(Matcher m, int i, CharSequence s) {
            int endIndex = m.anchoringBounds ? m.to : m.getTextLength();
            if (!multiline) {
                if (i < endIndex - 2) return false;
                if (i == endIndex - 2) {
                    if (s.charAt(i) != '\r' || s.charAt(i + 1) != '\n') return false;
                    return next.match(m, i, s);
                }
            }
            if (i < endIndex) {
                char ch = s.charAt(i);
                if (ch == '\n') {
                    if (i > 0 && s.charAt(i - 1) == '\r') return false;
                    if (multiline) return next.match(m, i, s);
                } else if (ch == '\r' || ch == '\u0085' || (ch | 1) == '\u2029') {
                    if (multiline) return next.match(m, i, s);
                } else {
                    return false;
                }
            }
            m.hitEnd = true;
            m.requireEnd = true;
            return next.match(m, i, s);
        }
    }

    static final class End extends Node {             // \z
        boolean match(Matcher m, int i, CharSequence s) {
            int endIndex = m.anchoringBounds ? m.to : m.getTextLength();
            if (i == endIndex) {
                m.hitEnd = true;
                return next.match(m, i, s);
            }
            return false;
        }
    }

    static final class Bound extends Node {           // \b or \B
        final boolean word;

        Bound(boolean word) {
            this.word = word;
        }

        static boolean isWord(int ch) {
            return Character.isLetterOrDigit(ch) || ch == '_';
        }

        boolean match(Matcher m, int i, CharSequence s) {
            int startIndex = m.transparentBounds ? 0 : m.from;
            int endIndex = m.transparentBounds ? m.getTextLength() : m.to;
            boolean left = i > startIndex && isWord(s.charAt(i - 1));
            boolean right = i < endIndex && isWord(s.charAt(i));
            if (i >= endIndex) m.hitEnd = true;
            return ((left ^ right) == word) && next.match(m, i, s);
        }
    }

    // ---- groups ----------------------------------------------------------------------

    static final class GroupHead extends Node {
        final int local;

        GroupHead(int local) {
            this.local = local;
        }

        boolean match(Matcher m, int i, CharSequence s) {
            int save = m.locals[local];
            m.locals[local] = i;
            boolean ret = next.match(m, i, s);
            m.locals[local] = save;
            return ret;
        }
    }

    static final class GroupTail extends Node {
        final int local, group;

        GroupTail(int local, int group) {
            this.local = local;
            this.group = group * 2;
        }

        boolean match(Matcher m, int i, CharSequence s) {
            int tmp = m.locals[local];
            if (tmp >= 0) {
                int groupStart = m.groups[group];
                int groupEnd = m.groups[group + 1];
                m.groups[group] = tmp;
                m.groups[group + 1] = i;
                if (next.match(m, i, s)) return true;
                m.groups[group] = groupStart;
                m.groups[group + 1] = groupEnd;
                return false;
            }
            return next.match(m, i, s);
        }
    }

    static final class Branch extends Node {
        final List<Node> alts = new ArrayList<>();

        boolean match(Matcher m, int i, CharSequence s) {
            for (int k = 0, n = alts.size(); k < n; k++) {
                Node a = alts.get(k);
                if (a == null) {
                    if (next.match(m, i, s)) return true;
                } else if (a.match(m, i, s)) {
                    return true;
                }
            }
            return false;
        }
    }

    /** Where every alternative of a Branch ends: continue after the branch. */
    static final class BranchConn extends Node {
        boolean match(Matcher m, int i, CharSequence s) {
            return next.match(m, i, s);
        }
    }

    static final class BackRef extends Node {
        final int group;
        final boolean ci, unicode;

        BackRef(int group, boolean ci, boolean unicode) {
            this.group = group * 2;
            this.ci = ci;
            this.unicode = unicode;
        }

        boolean match(Matcher m, int i, CharSequence s) {
            int j = m.groups[group];
            int k = m.groups[group + 1];
            if (j < 0) return false;
            int len = k - j;
            if (i + len > m.to) {
                m.hitEnd = true;
                return false;
            }
            for (int x = 0; x < len; x++) {
                char a = s.charAt(i + x), b = s.charAt(j + x);
                if (a != b && !(ci && fold(a, unicode) == fold(b, unicode))) return false;
            }
            return next.match(m, i + len, s);
        }
    }

    /** Runs body (ending in Accept) as an independent sub-match at i; -1 if it fails. */
    static int subMatch(Matcher m, Node body, int i, CharSequence s) {
        int savedEnd = m.subEnd;
        int savedTo = m.to;
        boolean ok = body.match(m, i, s);
        int end = m.subEnd;
        m.subEnd = savedEnd;
        m.to = savedTo;
        return ok ? end : -1;
    }

    static final class Atomic extends Node {          // (?>X)
        final Node body;

        Atomic(Node body) {
            this.body = body;
        }

        boolean match(Matcher m, int i, CharSequence s) {
            int e = subMatch(m, body, i, s);
            return e >= 0 && next.match(m, e, s);
        }
    }

    static final class Look extends Node {            // (?=X) (?!X) (?<=X) (?<!X)
        final Node body;
        final boolean positive, behind;
        final int minBack, maxBack;

        Look(Node body, boolean positive, boolean behind, int minBack, int maxBack) {
            this.body = body;
            this.positive = positive;
            this.behind = behind;
            this.minBack = minBack;
            this.maxBack = maxBack;
        }

        boolean match(Matcher m, int i, CharSequence s) {
            boolean found = false;
            int savedTo = m.to;
            if (m.transparentBounds) m.to = m.getTextLength();
            if (!behind) {
                found = subMatch(m, body, i, s) >= 0;
            } else {
                int from = m.transparentBounds ? 0 : m.from;
                int lo = Math.max(i - maxBack, from);
                for (int j = i - minBack; j >= lo && !found; j--) {
                    int savedTo2 = m.to;
                    m.to = i;
                    int e = subMatch(m, body, j, s);
                    m.to = savedTo2;
                    found = e == i;
                }
            }
            m.to = savedTo;
            return found == positive && next.match(m, i, s);
        }
    }

    // ---- repetition ------------------------------------------------------------------

    static final int GREEDY = 0, LAZY = 1, POSSESSIVE = 2;

    /** X{min,max} for a single-character X: no recursion per repetition. */
    static final class CharLoop extends Node {
        final CharProperty atom;
        final int min, max, type;

        CharLoop(CharProperty atom, int min, int max, int type) {
            this.atom = atom;
            this.min = min;
            this.max = max;
            this.type = type;
        }

        boolean match(Matcher m, int i, CharSequence s) {
            int j = i;
            for (int k = 0; k < min; k++) {
                int n = atom.step(m, j, s);
                if (n == 0) return false;
                j += n;
            }
            if (type == LAZY) {
                for (int k = min; ; k++) {
                    if (next.match(m, j, s)) return true;
                    if (k >= max) return false;
                    int n = atom.step(m, j, s);
                    if (n == 0) return false;
                    j += n;
                }
            }
            // Greedy/possessive: take as many as possible, remembering where each started.
            int count = min;
            int[] stack = null;
            int sp = 0;
            while (count < max) {
                int n = atom.step(m, j, s);
                if (n == 0) break;
                if (n == 2 || stack != null) {
                    if (stack == null) stack = new int[16];
                    if (sp == stack.length) stack = java.util.Arrays.copyOf(stack, sp * 2);
                    stack[sp++] = j;
                }
                j += n;
                count++;
            }
            if (type == POSSESSIVE) return next.match(m, j, s);
            if (stack == null) {
                // All single code units: step back one at a time.
                for (; count >= min; count--, j--)
                    if (next.match(m, j, s)) return true;
                return false;
            }
            for (;;) {
                if (next.match(m, j, s)) return true;
                if (count == min) return false;
                count--;
                j = sp > 0 ? stack[--sp] : j - 1;
            }
        }

        int minLen() {
            return min;
        }

        int maxLen() {
            return max == Integer.MAX_VALUE ? -1 : max * 2;
        }
    }

    /** X{min,max} for any X: body ends in LoopTail, which comes back here. */
    static final class Loop extends Node {
        Node body;
        final int min, max, type, countLocal, beginLocal;

        Loop(int min, int max, int type, int countLocal, int beginLocal) {
            this.min = min;
            this.max = max;
            this.type = type;
            this.countLocal = countLocal;
            this.beginLocal = beginLocal;
        }

        boolean match(Matcher m, int i, CharSequence s) {
            if (type == POSSESSIVE) return matchPossessive(m, i, s);
            int savedCount = m.locals[countLocal];
            int savedBegin = m.locals[beginLocal];
            boolean r;
            if (0 < min) {
                r = tryBody(m, i, s, 0, savedBegin);
            } else if (type == GREEDY) {
                r = (0 < max && tryBody(m, i, s, 0, savedBegin)) || next.match(m, i, s);
            } else {
                r = next.match(m, i, s) || (0 < max && tryBody(m, i, s, 0, savedBegin));
            }
            m.locals[countLocal] = savedCount;
            m.locals[beginLocal] = savedBegin;
            return r;
        }

        /**
         * After each body match (from LoopTail).  As the JDK: an iteration that
         * consumed nothing ends the loop (its captures stay), whatever the count.
         */
        boolean iterate(Matcher m, int i, CharSequence s) {
            int count = m.locals[countLocal];
            int begin = m.locals[beginLocal];
            if (i > begin) {
                if (count < min) return tryBody(m, i, s, count, begin);
                if (type == GREEDY) {
                    if (count < max && tryBody(m, i, s, count, begin)) return true;
                    return next.match(m, i, s);
                }
                if (next.match(m, i, s)) return true;
                return count < max && tryBody(m, i, s, count, begin);
            }
            return next.match(m, i, s);
        }

        private boolean tryBody(Matcher m, int i, CharSequence s, int count, int begin) {
            m.locals[countLocal] = count + 1;
            m.locals[beginLocal] = i;
            if (body.match(m, i, s)) return true;
            m.locals[countLocal] = count;
            m.locals[beginLocal] = begin;
            return false;
        }

        private boolean matchPossessive(Matcher m, int i, CharSequence s) {
            int count = 0;
            while (count < max) {
                int e = subMatch(m, possessiveBody, i, s);
                if (e < 0 || (e == i && count >= min)) break;
                i = e;
                count++;
            }
            return count >= min && next.match(m, i, s);
        }

        Node possessiveBody;
    }

    static final class LoopTail extends Node {
        final Loop loop;

        LoopTail(Loop loop) {
            this.loop = loop;
        }

        boolean match(Matcher m, int i, CharSequence s) {
            return loop.iterate(m, i, s);
        }
    }

    // ==== parser =====================================================================

    static final class Parser {
        final Pattern p;
        final String src;
        int flags;
        int cursor;
        final int[] pat;        // code points of the pattern, 0-terminated
        final int patLen;

        Parser(Pattern p, String regex, int flags) {
            this.p = p;
            this.src = regex;
            this.flags = flags;
            if ((flags & LITERAL) != 0) regex = quote(regex);
            int n = regex.codePointCount(0, regex.length());
            pat = new int[n + 2];
            for (int i = 0, k = 0; i < regex.length(); k++) {
                int cp = regex.codePointAt(i);
                pat[k] = cp;
                i += Character.charCount(cp);
            }
            patLen = n;
        }

        PatternSyntaxException error(String desc) {
            return new PatternSyntaxException(desc, src, Math.min(cursor - 1, src.length()));
        }

        boolean has(int f) {
            return (flags & f) != 0;
        }

        int peek() {
            int ch = pat[cursor];
            if (has(COMMENTS)) ch = peekPastWhitespace(ch);
            return ch;
        }

        int read() {
            int ch = peek();
            cursor++;
            return ch;
        }

        int next() {
            cursor++;
            return peek();
        }

        int peekPastWhitespace(int ch) {
            while (true) {
                while (cursor < patLen && Character.isWhitespace(pat[cursor])) cursor++;
                if (cursor < patLen && pat[cursor] == '#') {
                    while (cursor < patLen && pat[cursor] != '\n') cursor++;
                    continue;
                }
                return pat[cursor];
            }
        }

        boolean atEnd() {
            return cursor >= patLen;
        }

        int newLocal() {
            return p.localCount++;
        }

        void compile() {
            Node last = new LastNode();
            Node body = expr(last);
            if (!atEnd()) {
                if (peek() == ')') throw error("Unmatched closing ')'");
                throw error("Unexpected internal error");
            }
            p.root = body;
        }

        /** Alternation; every alternative continues at end. */
        Node expr(Node end) {
            BranchConn conn = new BranchConn();
            conn.next = end;
            ArrayList<Node> alts = new ArrayList<>();
            for (;;) {
                Node alt = sequence(conn);
                alts.add(alt == conn ? null : alt);
                if (atEnd() || peek() != '|') break;
                read();
            }
            if (alts.size() == 1) return alts.get(0) == null ? conn : alts.get(0);
            Branch b = new Branch();
            b.alts.addAll(alts);
            b.next = conn;
            return b;
        }

        /** A sequence of quantified atoms, linked to end. */
        Node sequence(Node end) {
            ArrayList<Node[]> parts = new ArrayList<>();   // each {head, tail} of one piece
            for (;;) {
                if (atEnd()) break;
                int ch = peek();
                if (ch == '|' || ch == ')') break;
                Node[] piece = piece();
                if (piece != null) parts.add(piece);
            }
            Node head = end;
            for (int k = parts.size() - 1; k >= 0; k--) {
                Node[] pc = parts.get(k);
                pc[1].next = head;
                head = pc[0];
            }
            return head;
        }

        /** One atom with its quantifier: {head, tail}; null for things like (?i). */
        Node[] piece() {
            int ch = peek();
            Node[] atom;
            switch (ch) {
                case '(':
                    atom = group();
                    if (atom == null) return null;
                    break;
                case '^':
                    next();
                    atom = single(has(MULTILINE) ? new Caret() : new Begin());
                    break;
                case '$':
                    next();
                    atom = single(new Dollar(has(MULTILINE)));
                    break;
                case '.':
                    next();
                    atom = single(new ClassNode(dot()));
                    break;
                case '[':
                    atom = single(new ClassNode(clazz(true)));
                    break;
                case '\\':
                    atom = escapeAtom();
                    if (atom == null) return null;
                    break;
                case '*':
                case '+':
                case '?':
                    next();
                    throw error("Dangling meta character '" + (char) ch + "'");
                default:
                    next();
                    atom = single(literal(ch));
                    break;
            }
            return quantify(atom);
        }

        Node[] single(Node n) {
            return new Node[] {n, n};
        }

        CharProperty literal(int ch) {
            if (has(CASE_INSENSITIVE) && Character.isLetter(ch)) return new SingleI(ch, has(UNICODE_CASE));
            return new Single(ch);
        }

        ClassPred dot() {
            final boolean dotall = has(DOTALL), unix = has(UNIX_LINES);
            return new ClassPred() {
                boolean is(int ch) {
                    if (dotall) return true;
                    if (unix) return ch != '\n';
                    return ch != '\n' && ch != '\r' && (ch | 1) != '\u2029' && ch != '\u0085';
                }
            };
        }

        Node[] quantify(Node[] atom) {
            if (atEnd()) return atom;
            int ch = peek();
            int min, max;
            switch (ch) {
                case '?': min = 0; max = 1; next(); break;
                case '*': min = 0; max = Integer.MAX_VALUE; next(); break;
                case '+': min = 1; max = Integer.MAX_VALUE; next(); break;
                case '{': {
                    int save = cursor;
                    cursor++;
                    if (!Character.isDigit(pat[cursor])) {
                        throw error("Illegal repetition");
                    }
                    min = readNumber();
                    max = min;
                    if (pat[cursor] == ',') {
                        cursor++;
                        max = Character.isDigit(pat[cursor]) ? readNumber() : Integer.MAX_VALUE;
                    }
                    if (pat[cursor] != '}') {
                        cursor = save + 1;
                        throw error("Unclosed counted closure");
                    }
                    cursor++;
                    if (max < min) throw error("Illegal repetition range");
                    break;
                }
                default:
                    return atom;
            }
            int type = GREEDY;
            if (!atEnd()) {
                if (pat[cursor] == '?') {
                    type = LAZY;
                    cursor++;
                } else if (pat[cursor] == '+') {
                    type = POSSESSIVE;
                    cursor++;
                }
            }
            if (atom[0] == atom[1] && atom[0] instanceof CharProperty) {
                CharLoop l = new CharLoop((CharProperty) atom[0], min, max, type);
                return single(l);
            }
            Loop loop = new Loop(min, max, type, newLocal(), newLocal());
            if (type == POSSESSIVE) {
                Accept acc = new Accept();
                atom[1].next = acc;
                loop.possessiveBody = atom[0];
                return single(loop);
            }
            LoopTail tail = new LoopTail(loop);
            atom[1].next = tail;
            loop.body = atom[0];
            return single(loop);
        }

        int readNumber() {
            long v = 0;
            while (Character.isDigit(pat[cursor])) {
                v = v * 10 + (pat[cursor++] - '0');
                if (v > Integer.MAX_VALUE) throw error("Illegal repetition range");
            }
            return (int) v;
        }

        Node[] group() {
            next();     // past '('
            int ch = pat[cursor];
            if (ch == '?') {
                ch = pat[++cursor];
                cursor++;
                switch (ch) {
                    case ':': return groupBody(-1);
                    case '=':
                    case '!':
                        return look(ch == '=', false);
                    case '>': {
                        Node end = new Accept();
                        Node body = expr(end);
                        accept(')', "Unclosed group");
                        return single(new Atomic(body));
                    }
                    case '<': {
                        ch = pat[cursor];
                        if (ch == '=' || ch == '!') {
                            cursor++;
                            return look(ch == '=', true);
                        }
                        String name = groupName();
                        if (p.namedGroups == null) p.namedGroups = new HashMap<>();
                        if (p.namedGroups.containsKey(name))
                            throw error("Named capturing group <" + name + "> is already defined");
                        p.namedGroups.put(name, p.groupCount + 1);
                        return groupBody(++p.groupCount);
                    }
                    default: {
                        cursor--;
                        int saved = flags;
                        boolean scoped = inlineFlags();
                        if (scoped) {
                            Node[] r = groupBody(-1);
                            flags = saved;
                            return r;
                        }
                        return null;
                    }
                }
            }
            return groupBody(++p.groupCount);
        }

        String groupName() {
            StringBuilder sb = new StringBuilder();
            while (Character.isLetterOrDigit(pat[cursor])) sb.appendCodePoint(pat[cursor++]);
            if (sb.length() == 0) throw error("named capturing group has 0 length name");
            if (pat[cursor] != '>') throw error("named capturing group is missing trailing '>'");
            cursor++;
            return sb.toString();
        }

        /** (?idmsux-idmsux) or (?idmsux-idmsux:X); returns true for the scoped form. */
        boolean inlineFlags() {
            boolean on = true;
            for (;;) {
                int ch = pat[cursor++];
                int f;
                switch (ch) {
                    case 'i': f = CASE_INSENSITIVE; break;
                    case 'm': f = MULTILINE; break;
                    case 's': f = DOTALL; break;
                    case 'd': f = UNIX_LINES; break;
                    case 'u': f = UNICODE_CASE; break;
                    case 'x': f = COMMENTS; break;
                    case 'U': f = UNICODE_CHARACTER_CLASS; break;
                    case 'c': f = CANON_EQ; break;
                    case '-': on = false; continue;
                    case ')': return false;
                    case ':': return true;
                    default: throw error("Unknown inline modifier");
                }
                if (on) flags |= f;
                else flags &= ~f;
            }
        }

        Node[] groupBody(int group) {
            int saved = flags;
            if (group < 0) {
                BranchConn end = new BranchConn();
                Node body = expr(end);
                accept(')', "Unclosed group");
                flags = saved;
                if (body == end) return null;
                return new Node[] {body, end};
            }
            int local = newLocal();
            GroupHead head = new GroupHead(local);
            GroupTail tail = new GroupTail(local, group);
            head.next = expr(tail);
            accept(')', "Unclosed group");
            flags = saved;
            return new Node[] {head, tail};
        }

        Node[] look(boolean positive, boolean behind) {
            Node end = new Accept();
            Node body = expr(end);
            accept(')', "Unclosed group");
            int minB = 0, maxB = 0;
            if (behind) {
                int[] mm = lengths(body, end);
                if (mm[1] < 0) throw error("Look-behind group does not have an obvious maximum length");
                minB = mm[0];
                maxB = mm[1];
            }
            return single(new Look(body, positive, behind, minB, maxB));
        }

        /** {min, max} length of the chain from n to end (max -1 if unbounded). */
        int[] lengths(Node n, Node end) {
            int min = 0, max = 0;
            while (n != null && n != end && !(n instanceof BranchConn && n.next == end)) {
                if (n instanceof Branch) {
                    int bmin = Integer.MAX_VALUE, bmax = 0;
                    for (Node a : ((Branch) n).alts) {
                        int[] r = a == null ? new int[] {0, 0} : lengths(a, n.next);
                        bmin = Math.min(bmin, r[0]);
                        if (r[1] < 0 || bmax < 0) bmax = -1;
                        else bmax = Math.max(bmax, r[1]);
                    }
                    min += bmin;
                    max = (max < 0 || bmax < 0) ? -1 : max + bmax;
                    n = n.next;
                    continue;
                }
                if (n instanceof Loop) {
                    Loop l = (Loop) n;
                    int[] r = l.body != null ? lengths(l.body, null) : new int[] {0, -1};
                    min += l.min * r[0];
                    max = (max < 0 || r[1] < 0 || l.max == Integer.MAX_VALUE) ? -1 : max + l.max * r[1];
                    n = n.next;
                    continue;
                }
                if (n instanceof LoopTail) break;
                min += n.minLen();
                int nm = n.maxLen();
                max = (max < 0 || nm < 0) ? -1 : max + nm;
                n = n.next;
            }
            return new int[] {min, max};
        }

        void accept(int ch, String msg) {
            int c = peek();
            cursor++;
            if (c != ch) throw error(msg);
        }

        // ---- escapes ---------------------------------------------------------------

        Node[] escapeAtom() {
            cursor++;   // past '\'
            int ch = pat[cursor++];
            switch (ch) {
                case 'A': return single(new Begin());
                case 'z': return single(new End());
                case 'Z': return single(new Dollar(false));
                case 'b': return single(new Bound(true));
                case 'B': return single(new Bound(false));
                case 'G': return single(new Begin());
                case 'Q': {
                    StringBuilder sb = new StringBuilder();
                    while (cursor < patLen) {
                        if (pat[cursor] == '\\' && pat[cursor + 1] == 'E') {
                            cursor += 2;
                            break;
                        }
                        sb.appendCodePoint(pat[cursor++]);
                    }
                    if (sb.length() == 0) return null;
                    if (has(CASE_INSENSITIVE)) {
                        Node head = null, tail = null;
                        for (int k = 0; k < sb.length(); k++) {
                            Node n = literal(sb.charAt(k));
                            if (head == null) head = n;
                            else tail.next = n;
                            tail = n;
                        }
                        return new Node[] {head, tail};
                    }
                    if (sb.length() == 1) return single(new Single(sb.charAt(0)));
                    // A quantifier applies to the last char only: split it off.
                    Slice slice = new Slice(sb.substring(0, sb.length() - 1));
                    Single lastc = new Single(sb.charAt(sb.length() - 1));
                    slice.next = lastc;
                    if (!atEnd() && "?*+{".indexOf(peek()) >= 0) {
                        Node[] q = quantify(single(lastc));
                        slice.next = q[0];
                        return new Node[] {slice, q[1]};
                    }
                    return new Node[] {slice, lastc};
                }
                case 'k': {
                    if (pat[cursor] != '<') throw error("\\k is not followed by '<' for named capturing group");
                    cursor++;
                    String name = groupName();
                    if (p.namedGroups == null || !p.namedGroups.containsKey(name))
                        throw error("named capturing group <" + name + "> does not exist");
                    return single(new BackRef(p.namedGroups.get(name), has(CASE_INSENSITIVE), has(UNICODE_CASE)));
                }
                case 'R': {
                    // (?:\r\n|[\n\u000B\f\r\u0085\u2028\u2029]) as an atomic alternative.
                    final Slice crlf = new Slice("\r\n");
                    final ClassNode one = new ClassNode(new ClassPred() {
                        boolean is(int c) {
                            return (c >= 0x0A && c <= 0x0D) || c == 0x85 || c == 0x2028 || c == 0x2029;
                        }
                    });
                    Accept acc = new Accept();
                    crlf.next = acc;
                    one.next = acc;
                    Branch b = new Branch();
                    b.alts.add(crlf);
                    b.alts.add(one);
                    return single(new Atomic(b));
                }
                default:
                    break;
            }
            if (ch >= '1' && ch <= '9') {
                int group = ch - '0';
                while (Character.isDigit(pat[cursor])) {
                    int ng = group * 10 + (pat[cursor] - '0');
                    if (ng > p.groupCount) break;
                    group = ng;
                    cursor++;
                }
                return single(new BackRef(group, has(CASE_INSENSITIVE), has(UNICODE_CASE)));
            }
            cursor -= 1;
            ClassPred cls = escapeClass();
            if (cls != null) return single(new ClassNode(cls));
            int lit = escapeLiteral();
            return single(literal(lit));
        }

        /** \d \D \w \W \s \S \h \H \v \V \p{..} \P{..}; cursor at the letter.  Null if not a class. */
        ClassPred escapeClass() {
            int ch = pat[cursor];
            final boolean uc = has(UNICODE_CHARACTER_CLASS);
            ClassPred c;
            switch (ch) {
                case 'd': case 'D':
                    c = new ClassPred() {
                        boolean is(int x) {
                            return uc ? Character.isDigit(x) : (x >= '0' && x <= '9');
                        }
                    };
                    break;
                case 'w': case 'W':
                    c = new ClassPred() {
                        boolean is(int x) {
                            if (uc) return Character.isLetterOrDigit(x) || x == '_';
                            return (x >= 'a' && x <= 'z') || (x >= 'A' && x <= 'Z') || (x >= '0' && x <= '9') || x == '_';
                        }
                    };
                    break;
                case 's': case 'S':
                    c = new ClassPred() {
                        boolean is(int x) {
                            if (uc) return Character.isWhitespace(x);
                            return x == ' ' || (x >= '\t' && x <= '\r');
                        }
                    };
                    break;
                case 'h': case 'H':
                    c = new ClassPred() {
                        boolean is(int x) {
                            return x == ' ' || x == '\t' || x == 0xA0 || x == 0x1680 || x == 0x180e
                                || (x >= 0x2000 && x <= 0x200a) || x == 0x202f || x == 0x205f || x == 0x3000;
                        }
                    };
                    break;
                case 'v': case 'V':
                    c = new ClassPred() {
                        boolean is(int x) {
                            return (x >= 0x0A && x <= 0x0D) || x == 0x85 || x == 0x2028 || x == 0x2029;
                        }
                    };
                    break;
                case 'p': case 'P': {
                    cursor++;
                    String name;
                    if (pat[cursor] == '{') {
                        StringBuilder sb = new StringBuilder();
                        cursor++;
                        while (cursor < patLen && pat[cursor] != '}') sb.appendCodePoint(pat[cursor++]);
                        if (pat[cursor] != '}') throw error("Unclosed character family");
                        name = sb.toString();
                    } else {
                        name = String.valueOf((char) pat[cursor]);
                    }
                    cursor++;
                    ClassPred prop = property(name);
                    return ch == 'P' ? negate(prop) : prop;
                }
                default:
                    return null;
            }
            cursor++;
            return Character.isUpperCase(ch) ? negate(c) : c;
        }

        static ClassPred negate(final ClassPred c) {
            return new ClassPred() {
                boolean is(int x) {
                    return !c.is(x);
                }
            };
        }

        ClassPred property(String name) {
            String n = name;
            if (n.startsWith("Is")) n = n.substring(2);
            else if (n.startsWith("general_category=")) n = n.substring(17);
            else if (n.startsWith("gc=")) n = n.substring(3);
            final int kind = propertyKind(n);
            if (kind < 0) throw error("Unknown character property name {" + name + "}");
            return new ClassPred() {
                boolean is(int x) {
                    return Parser.propertyMatch(kind, x);
                }
            };
        }

        private static final String[] PROPS = {
            "Lower", "Upper", "ASCII", "Alpha", "Digit", "Alnum", "Punct", "Graph", "Print", "Blank", "Cntrl",
            "XDigit", "Space", "javaLowerCase", "javaUpperCase", "javaWhitespace", "javaMirrored", "javaLetter",
            "javaDigit", "javaLetterOrDigit", "javaAlphabetic", "L", "Lu", "Ll", "Lt", "Lm", "Lo", "N", "Nd", "Nl",
            "No", "P", "Pd", "Ps", "Pe", "Pc", "Po", "S", "Sm", "Sc", "Sk", "So", "Z", "Zs", "Zl", "Zp", "C", "Cc",
            "Cf", "Co", "Cs", "M", "Mn", "Me", "Mc", "Alphabetic", "Letter", "Uppercase", "Lowercase",
            "White_Space", "WhiteSpace", "Punctuation", "Control", "Digit", "Hex_Digit", "HexDigit",
            "LetterOrDigit", "javaSpaceChar", "javaISOControl", "javaIdentifierIgnorable", "javaTitleCase",
            "Latin", "Greek", "Cyrillic", "Han", "InBasicLatin", "InLatin1Supplement", "InGreek", "Emoji",
            "javaJavaIdentifierStart", "javaJavaIdentifierPart", "LC", "L&", "Ideographic", "Any"
        };

        static int propertyKind(String n) {
            for (int i = 0; i < PROPS.length; i++)
                if (PROPS[i].equals(n)) return i;
            for (int i = 0; i < PROPS.length; i++)
                if (PROPS[i].equalsIgnoreCase(n) && i >= 55) return i;
            return -1;
        }

        static boolean propertyMatch(int kind, int x) {
            int t = Character.getType(x);
            switch (PROPS[kind]) {
                case "Lower": return x >= 'a' && x <= 'z';
                case "Upper": return x >= 'A' && x <= 'Z';
                case "ASCII": return x < 0x80;
                case "Alpha": return (x >= 'a' && x <= 'z') || (x >= 'A' && x <= 'Z');
                case "Digit": return x >= '0' && x <= '9';
                case "Alnum": return (x >= 'a' && x <= 'z') || (x >= 'A' && x <= 'Z') || (x >= '0' && x <= '9');
                case "Punct": return x < 0x80 && "!\"#$%&'()*+,-./:;<=>?@[\\]^_`{|}~".indexOf(x) >= 0;
                case "Graph": return x > 0x20 && x < 0x7F;
                case "Print": return x >= 0x20 && x < 0x7F;
                case "Blank": return x == ' ' || x == '\t';
                case "Cntrl": return x < 0x20 || x == 0x7F;
                case "XDigit": return (x >= '0' && x <= '9') || (x >= 'a' && x <= 'f') || (x >= 'A' && x <= 'F');
                case "Space": return x == ' ' || (x >= '\t' && x <= '\r');
                case "javaLowerCase": case "Lowercase": return Character.isLowerCase(x);
                case "javaUpperCase": case "Uppercase": return Character.isUpperCase(x);
                case "javaWhitespace": return Character.isWhitespace(x);
                case "javaMirrored": return Character.isMirrored(x);
                case "javaLetter": case "Letter": return Character.isLetter(x);
                case "javaDigit": return Character.isDigit(x);
                case "javaLetterOrDigit": case "LetterOrDigit": return Character.isLetterOrDigit(x);
                case "javaAlphabetic": case "Alphabetic": return Character.isAlphabetic(x);
                case "javaSpaceChar": return Character.isSpaceChar(x);
                case "javaISOControl": return Character.isISOControl(x);
                case "javaIdentifierIgnorable": return Character.isIdentifierIgnorable(x);
                case "javaTitleCase": return Character.isTitleCase(x);
                case "javaJavaIdentifierStart": return Character.isJavaIdentifierStart(x);
                case "javaJavaIdentifierPart": return Character.isJavaIdentifierPart(x);
                case "L": return t >= Character.UPPERCASE_LETTER && t <= Character.OTHER_LETTER;
                case "LC": case "L&": return t >= Character.UPPERCASE_LETTER && t <= Character.TITLECASE_LETTER;
                case "Lu": return t == Character.UPPERCASE_LETTER;
                case "Ll": return t == Character.LOWERCASE_LETTER;
                case "Lt": return t == Character.TITLECASE_LETTER;
                case "Lm": return t == Character.MODIFIER_LETTER;
                case "Lo": return t == Character.OTHER_LETTER;
                case "N": return t >= Character.DECIMAL_DIGIT_NUMBER && t <= Character.OTHER_NUMBER;
                case "Nd": return t == Character.DECIMAL_DIGIT_NUMBER;
                case "Nl": return t == Character.LETTER_NUMBER;
                case "No": return t == Character.OTHER_NUMBER;
                case "P": case "Punctuation":
                    return t == Character.DASH_PUNCTUATION || t == Character.START_PUNCTUATION
                        || t == Character.END_PUNCTUATION || t == Character.CONNECTOR_PUNCTUATION
                        || t == Character.OTHER_PUNCTUATION || t == Character.INITIAL_QUOTE_PUNCTUATION
                        || t == Character.FINAL_QUOTE_PUNCTUATION;
                case "Pd": return t == Character.DASH_PUNCTUATION;
                case "Ps": return t == Character.START_PUNCTUATION;
                case "Pe": return t == Character.END_PUNCTUATION;
                case "Pc": return t == Character.CONNECTOR_PUNCTUATION;
                case "Po": return t == Character.OTHER_PUNCTUATION;
                case "S":
                    return t == Character.MATH_SYMBOL || t == Character.CURRENCY_SYMBOL
                        || t == Character.MODIFIER_SYMBOL || t == Character.OTHER_SYMBOL;
                case "Sm": return t == Character.MATH_SYMBOL;
                case "Sc": return t == Character.CURRENCY_SYMBOL;
                case "Sk": return t == Character.MODIFIER_SYMBOL;
                case "So": return t == Character.OTHER_SYMBOL;
                case "Z": return t == Character.SPACE_SEPARATOR || t == Character.LINE_SEPARATOR
                    || t == Character.PARAGRAPH_SEPARATOR;
                case "Zs": return t == Character.SPACE_SEPARATOR;
                case "Zl": return t == Character.LINE_SEPARATOR;
                case "Zp": return t == Character.PARAGRAPH_SEPARATOR;
                case "C": return t == Character.CONTROL || t == Character.FORMAT || t == Character.PRIVATE_USE
                    || t == Character.SURROGATE || t == Character.UNASSIGNED;
                case "Cc": case "Control": return t == Character.CONTROL;
                case "Cf": return t == Character.FORMAT;
                case "Co": return t == Character.PRIVATE_USE;
                case "Cs": return t == Character.SURROGATE;
                case "M": return t == Character.NON_SPACING_MARK || t == Character.ENCLOSING_MARK
                    || t == Character.COMBINING_SPACING_MARK;
                case "Mn": return t == Character.NON_SPACING_MARK;
                case "Me": return t == Character.ENCLOSING_MARK;
                case "Mc": return t == Character.COMBINING_SPACING_MARK;
                case "White_Space": case "WhiteSpace":
                    return Character.isWhitespace(x) || x == 0x85 || x == 0xA0 || x == 0x2007 || x == 0x202F;
                case "Hex_Digit": case "HexDigit":
                    return (x >= '0' && x <= '9') || (x >= 'a' && x <= 'f') || (x >= 'A' && x <= 'F')
                        || (x >= 0xFF10 && x <= 0xFF19) || (x >= 0xFF21 && x <= 0xFF26) || (x >= 0xFF41 && x <= 0xFF46);
                case "Latin":
                    return (x >= 'a' && x <= 'z') || (x >= 'A' && x <= 'Z') || x == 0xAA || x == 0xBA
                        || (x >= 0xC0 && x <= 0x24F && x != 0xD7 && x != 0xF7);
                case "Greek": case "InGreek": return x >= 0x370 && x <= 0x3FF;
                case "Cyrillic": return x >= 0x400 && x <= 0x52F;
                case "Han": case "Ideographic": return Character.isIdeographic(x);
                case "InBasicLatin": return x < 0x80;
                case "InLatin1Supplement": return x >= 0x80 && x <= 0xFF;
                case "Emoji": return x >= 0x1F300 && x <= 0x1FAFF;
                case "Any": return true;
                default: return false;
            }
        }

        /** A literal escape; cursor at the char after '\'. */
        int escapeLiteral() {
            int ch = pat[cursor++];
            switch (ch) {
                case '0': {
                    int v = 0, k = 0;
                    while (k < 3 && pat[cursor] >= '0' && pat[cursor] <= '7' && (v * 8 + (pat[cursor] - '0')) <= 0377) {
                        v = v * 8 + (pat[cursor++] - '0');
                        k++;
                    }
                    if (k == 0) throw error("Illegal octal escape sequence");
                    return v;
                }
                case 't': return '\t';
                case 'n': return '\n';
                case 'r': return '\r';
                case 'f': return '\f';
                case 'a': return '\007';
                case 'e': return '\033';
                case 'c': return pat[cursor++] ^ 64;
                case 'x': {
                    if (pat[cursor] == '{') {
                        cursor++;
                        int v = 0;
                        while (Character.digit(pat[cursor], 16) >= 0) v = v * 16 + Character.digit(pat[cursor++], 16);
                        if (pat[cursor] != '}') throw error("Unclosed hexadecimal escape sequence");
                        cursor++;
                        return v;
                    }
                    int a = Character.digit(pat[cursor], 16), b = Character.digit(pat[cursor + 1], 16);
                    if (a < 0 || b < 0) throw error("Illegal hexadecimal escape sequence");
                    cursor += 2;
                    return a * 16 + b;
                }
                case 'u': {
                    int v = 0;
                    for (int k = 0; k < 4; k++) {
                        int d = Character.digit(pat[cursor++], 16);
                        if (d < 0) throw error("Illegal Unicode escape sequence");
                        v = v * 16 + d;
                    }
                    return v;
                }
                default:
                    if ((ch >= 'a' && ch <= 'z') || (ch >= 'A' && ch <= 'Z'))
                        throw error("Illegal/unsupported escape sequence");
                    return ch;
            }
        }

        // ---- character classes -------------------------------------------------------

        /** [...] with cursor at '['; returns the class and leaves cursor after ']'. */
        ClassPred clazz(boolean outer) {
            cursor++;   // past '['
            boolean negated = false;
            if (pat[cursor] == '^') {
                negated = true;
                cursor++;
            }
            ClassPred result = null;        // union so far
            ClassPred pendingAnd = null;    // left side of &&
            boolean first = true;
            for (;;) {
                if (cursor >= patLen) throw error("Unclosed character class");
                int ch = pat[cursor];
                if (ch == ']' && !first) {
                    cursor++;
                    break;
                }
                first = false;
                if (ch == '[') {
                    result = union(result, clazz(false));
                    continue;
                }
                if (ch == '&' && pat[cursor + 1] == '&') {
                    cursor += 2;
                    ClassPred left = result == null ? none() : result;
                    pendingAnd = pendingAnd == null ? left : and(pendingAnd, left);
                    result = null;
                    continue;
                }
                ClassPred item;
                int lo;
                if (ch == '\\') {
                    cursor++;
                    int save = cursor;
                    ClassPred ec = escapeClass();
                    if (ec != null) {
                        result = union(result, ec);
                        continue;
                    }
                    cursor = save;
                    if (pat[cursor] == 'Q') {
                        cursor++;
                        while (cursor < patLen && !(pat[cursor] == '\\' && pat[cursor + 1] == 'E'))
                            result = union(result, charPred(pat[cursor++]));
                        cursor += 2;
                        continue;
                    }
                    lo = escapeLiteral();
                } else {
                    cursor++;
                    lo = ch;
                }
                if (pat[cursor] == '-' && pat[cursor + 1] != ']' && pat[cursor + 1] != '[' && cursor + 1 < patLen) {
                    cursor++;
                    int hi = pat[cursor];
                    if (hi == '\\') {
                        cursor++;
                        hi = escapeLiteral();
                    } else {
                        cursor++;
                    }
                    if (hi < lo) throw error("Illegal character range");
                    item = rangePred(lo, hi);
                } else {
                    item = charPred(lo);
                }
                result = union(result, item);
            }
            if (result == null) result = none();
            if (pendingAnd != null) result = and(pendingAnd, result);
            return negated ? negate(result) : result;
        }

        static ClassPred none() {
            return new ClassPred() {
                boolean is(int x) {
                    return false;
                }
            };
        }

        ClassPred charPred(final int c) {
            final boolean ci = has(CASE_INSENSITIVE), uni = has(UNICODE_CASE);
            if (ci) {
                final int f = fold(c, uni);
                return new ClassPred() {
                    boolean is(int x) {
                        return fold(x, uni) == f;
                    }
                };
            }
            return new ClassPred() {
                boolean is(int x) {
                    return x == c;
                }
            };
        }

        ClassPred rangePred(final int lo, final int hi) {
            final boolean ci = has(CASE_INSENSITIVE), uni = has(UNICODE_CASE);
            return new ClassPred() {
                boolean is(int x) {
                    if (x >= lo && x <= hi) return true;
                    if (!ci) return false;
                    int u = Character.toUpperCase(x), l = Character.toLowerCase(x);
                    if (!uni && x >= 128) return false;
                    return (u >= lo && u <= hi) || (l >= lo && l <= hi);
                }
            };
        }

        static ClassPred union(final ClassPred a, final ClassPred b) {
            if (a == null) return b;
            return new ClassPred() {
                boolean is(int x) {
                    return a.is(x) || b.is(x);
                }
            };
        }

        static ClassPred and(final ClassPred a, final ClassPred b) {
            return new ClassPred() {
                boolean is(int x) {
                    return a.is(x) && b.is(x);
                }
            };
        }
    }
}
