// Everyday program: a small JSON parser and pretty printer with escaping.
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

public class JsonPretty {
    static class ParseError extends RuntimeException { ParseError(String m) { super(m); } }

    final String src;
    int pos;
    JsonPretty(String s) { src = s; }

    static Object parse(String s) {
        JsonPretty p = new JsonPretty(s);
        Object v = p.value();
        p.ws();
        if (p.pos != s.length()) throw new ParseError("trailing data at " + p.pos);
        return v;
    }

    void ws() { while (pos < src.length() && " \t\n\r".indexOf(src.charAt(pos)) >= 0) pos++; }
    char peek() { if (pos >= src.length()) throw new ParseError("unexpected end"); return src.charAt(pos); }
    void expect(char c) { if (peek() != c) throw new ParseError("expected '" + c + "' at " + pos + " but got '" + peek() + "'"); pos++; }

    Object value() {
        ws();
        char c = peek();
        if (c == '{') return object();
        if (c == '[') return array();
        if (c == '"') return string();
        if (c == '-' || Character.isDigit(c)) return number();
        if (src.startsWith("true", pos)) { pos += 4; return Boolean.TRUE; }
        if (src.startsWith("false", pos)) { pos += 5; return Boolean.FALSE; }
        if (src.startsWith("null", pos)) { pos += 4; return null; }
        throw new ParseError("unexpected '" + c + "' at " + pos);
    }

    Map<String, Object> object() {
        Map<String, Object> m = new LinkedHashMap<>();
        expect('{');
        ws();
        if (peek() == '}') { pos++; return m; }
        while (true) {
            ws();
            String k = string();
            ws();
            expect(':');
            m.put(k, value());
            ws();
            if (peek() == ',') { pos++; continue; }
            expect('}');
            return m;
        }
    }

    List<Object> array() {
        List<Object> l = new ArrayList<>();
        expect('[');
        ws();
        if (peek() == ']') { pos++; return l; }
        while (true) {
            l.add(value());
            ws();
            if (peek() == ',') { pos++; continue; }
            expect(']');
            return l;
        }
    }

    String string() {
        expect('"');
        StringBuilder sb = new StringBuilder();
        while (true) {
            char c = src.charAt(pos++);
            if (c == '"') return sb.toString();
            if (c != '\\') { sb.append(c); continue; }
            char e = src.charAt(pos++);
            switch (e) {
                case 'n': sb.append('\n'); break;
                case 't': sb.append('\t'); break;
                case 'u': sb.append((char) Integer.parseInt(src.substring(pos, pos + 4), 16)); pos += 4; break;
                default: sb.append(e);
            }
        }
    }

    Object number() {
        int start = pos;
        if (peek() == '-') pos++;
        while (pos < src.length() && (Character.isDigit(src.charAt(pos)) || ".eE+-".indexOf(src.charAt(pos)) >= 0)) pos++;
        String t = src.substring(start, pos);
        if (t.contains(".") || t.contains("e") || t.contains("E")) return Double.parseDouble(t);
        long l = Long.parseLong(t);
        return l == (int) l ? (Object) (int) l : (Object) l;
    }

    static String quote(String s) {
        StringBuilder sb = new StringBuilder("\"");
        for (char c : s.toCharArray()) {
            switch (c) {
                case '"': sb.append("\\\""); break;
                case '\\': sb.append("\\\\"); break;
                case '\n': sb.append("\\n"); break;
                case '\t': sb.append("\\t"); break;
                default:
                    if (c < 0x20 || c > 0x7e) sb.append(String.format("\\u%04x", (int) c));
                    else sb.append(c);
            }
        }
        return sb.append('"').toString();
    }

    static void print(Object v, int indent, StringBuilder out) {
        String pad = "  ".repeat(indent);
        if (v instanceof Map<?, ?> m) {
            if (m.isEmpty()) { out.append("{}"); return; }
            out.append("{\n");
            int i = 0;
            for (Map.Entry<?, ?> e : m.entrySet()) {
                out.append(pad).append("  ").append(quote((String) e.getKey())).append(": ");
                print(e.getValue(), indent + 1, out);
                out.append(++i < m.size() ? ",\n" : "\n");
            }
            out.append(pad).append('}');
        } else if (v instanceof List<?> l) {
            if (l.isEmpty()) { out.append("[]"); return; }
            out.append("[\n");
            for (int i = 0; i < l.size(); i++) {
                out.append(pad).append("  ");
                print(l.get(i), indent + 1, out);
                out.append(i + 1 < l.size() ? ",\n" : "\n");
            }
            out.append(pad).append(']');
        } else if (v instanceof String s) {
            out.append(quote(s));
        } else {
            out.append(v);
        }
    }

    static String describe(Object v) {
        if (v == null) return "null";
        if (v instanceof Map<?, ?> m) return "object(" + m.size() + ")";
        if (v instanceof List<?> l) return "array(" + l.size() + ")";
        return v.getClass().getSimpleName();
    }

    public static void main(String[] args) {
        String doc = "{\"name\": \"twovm\", \"version\": 1.5, \"tags\": [\"jvm\", \"riscv\", \"bench\"], \"stable\": false,"
            + " \"deps\": {\"zlib\": {\"min\": 1, \"opt\": true}, \"none\": {}}, \"big\": 12345678901, \"neg\": -42,"
            + " \"exp\": 6.02e23, \"text\": \"line1\\nline2 \\\"quoted\\\" tab\\there \\u00e9\", \"nothing\": null,"
            + " \"matrix\": [[1, 2], [3, 4], []], \"empty\": []}";
        Object v = parse(doc);
        StringBuilder out = new StringBuilder();
        print(v, 0, out);
        System.out.println(out);
        @SuppressWarnings("unchecked") Map<String, Object> m = (Map<String, Object>) v;
        for (Map.Entry<String, Object> e : m.entrySet()) System.out.println(e.getKey() + " -> " + describe(e.getValue()));
        String[] bad = {"{\"a\": }", "[1, 2", "{\"a\" 1}", "[1] x", "tru", "\"unterminated"};
        for (String b : bad) {
            try {
                parse(b);
                System.out.println("parsed?? " + b);
            } catch (ParseError e) {
                System.out.println("error for " + b + ": " + e.getMessage());
            } catch (StringIndexOutOfBoundsException e) {
                System.out.println("error for " + b + ": ran off the end");
            }
        }
        Object round = parse(out.toString());
        StringBuilder again = new StringBuilder();
        print(round, 0, again);
        System.out.println("round trip identical: " + again.toString().equals(out.toString()));
    }
}
