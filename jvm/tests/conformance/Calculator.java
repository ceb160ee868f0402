// Everyday program: a small calculator/interpreter (recursive descent over
// tokens, variables, functions, error reporting), reading lines from stdin.
import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

public class Calculator {
    static class CalcError extends RuntimeException { CalcError(String m) { super(m); } }

    enum Kind { NUM, IDENT, OP, LPAREN, RPAREN, COMMA, END }
    record Token(Kind kind, String text, double value) {
        public String toString() { return kind == Kind.NUM ? "NUM(" + value + ")" : kind + "(" + text + ")"; }
    }

    static List<Token> lex(String s) {
        List<Token> out = new ArrayList<>();
        int i = 0;
        while (i < s.length()) {
            char c = s.charAt(i);
            if (Character.isWhitespace(c)) { i++; continue; }
            if (Character.isDigit(c) || c == '.') {
                int j = i;
                while (j < s.length() && (Character.isDigit(s.charAt(j)) || s.charAt(j) == '.')) j++;
                out.add(new Token(Kind.NUM, s.substring(i, j), Double.parseDouble(s.substring(i, j))));
                i = j;
            } else if (Character.isLetter(c)) {
                int j = i;
                while (j < s.length() && Character.isLetterOrDigit(s.charAt(j))) j++;
                out.add(new Token(Kind.IDENT, s.substring(i, j), 0));
                i = j;
            } else if ("+-*/%^=".indexOf(c) >= 0) { out.add(new Token(Kind.OP, String.valueOf(c), 0)); i++; }
            else if (c == '(') { out.add(new Token(Kind.LPAREN, "(", 0)); i++; }
            else if (c == ')') { out.add(new Token(Kind.RPAREN, ")", 0)); i++; }
            else if (c == ',') { out.add(new Token(Kind.COMMA, ",", 0)); i++; }
            else throw new CalcError("unexpected character '" + c + "' at " + i);
        }
        out.add(new Token(Kind.END, "<end>", 0));
        return out;
    }

    final Map<String, Double> vars = new HashMap<>();
    List<Token> toks;
    int pos;

    Token peek() { return toks.get(pos); }
    Token next() { return toks.get(pos++); }
    boolean isOp(String op) { return peek().kind() == Kind.OP && peek().text().equals(op); }
    void expect(Kind k) { if (peek().kind() != k) throw new CalcError("expected " + k + " but found " + peek()); pos++; }

    double statement() {
        if (peek().kind() == Kind.IDENT && toks.get(pos + 1).kind() == Kind.OP && toks.get(pos + 1).text().equals("=")) {
            String name = next().text();
            next();
            double v = expr();
            vars.put(name, v);
            return v;
        }
        return expr();
    }

    double expr() {
        double v = term();
        while (isOp("+") || isOp("-")) v = next().text().equals("+") ? v + term() : v - term();
        return v;
    }

    double term() {
        double v = unary();
        while (isOp("*") || isOp("/") || isOp("%")) {
            String op = next().text();
            double r = unary();
            if ((op.equals("/") || op.equals("%")) && r == 0) throw new CalcError("division by zero");
            v = op.equals("*") ? v * r : op.equals("/") ? v / r : v % r;
        }
        return v;
    }

    double unary() {
        if (isOp("-")) { next(); return -unary(); }
        if (isOp("+")) { next(); return unary(); }
        return power();
    }

    double power() {
        double base = primary();
        if (isOp("^")) { next(); return Math.pow(base, unary()); }   // right associative
        return base;
    }

    double primary() {
        Token t = next();
        switch (t.kind()) {
            case NUM: return t.value();
            case LPAREN: { double v = expr(); expect(Kind.RPAREN); return v; }
            case IDENT: {
                if (peek().kind() == Kind.LPAREN) {
                    next();
                    List<Double> argv = new ArrayList<>();
                    if (peek().kind() != Kind.RPAREN) {
                        argv.add(expr());
                        while (peek().kind() == Kind.COMMA) { next(); argv.add(expr()); }
                    }
                    expect(Kind.RPAREN);
                    return call(t.text(), argv);
                }
                Double v = vars.get(t.text());
                if (v == null) throw new CalcError("unknown variable " + t.text());
                return v;
            }
            default: throw new CalcError("unexpected " + t);
        }
    }

    static double call(String f, List<Double> a) {
        switch (f) {
            case "sqrt": return Math.sqrt(a.get(0));
            case "abs": return Math.abs(a.get(0));
            case "max": return Math.max(a.get(0), a.get(1));
            case "min": return Math.min(a.get(0), a.get(1));
            default: throw new CalcError("unknown function " + f + "/" + a.size());
        }
    }

    static String fmt(double v) {
        return v == Math.rint(v) && Math.abs(v) < 1e15 ? Long.toString((long) v) : Double.toString(v);
    }

    public static void main(String[] args) throws Exception {
        Calculator calc = new Calculator();
        BufferedReader in = new BufferedReader(new InputStreamReader(System.in));
        String line;
        int n = 0;
        while ((line = in.readLine()) != null) {
            n++;
            try {
                calc.toks = lex(line);
                calc.pos = 0;
                double v = calc.statement();
                if (calc.peek().kind() != Kind.END) throw new CalcError("trailing input at " + calc.peek());
                System.out.println(n + ": " + line + " => " + fmt(v));
            } catch (CalcError e) {
                System.out.println(n + ": " + line + " => error: " + e.getMessage());
            }
        }
        System.out.println("variables " + new java.util.TreeMap<>(calc.vars));
        System.out.println("tokens " + lex("max(a1, 2.5) ^ -3"));
    }
}
