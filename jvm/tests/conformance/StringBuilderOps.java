// StringBuilder: append of all types, insert, delete, reverse, setCharAt, setLength.
public class StringBuilderOps {
    public static void main(String[] args) {
        StringBuilder sb = new StringBuilder();
        sb.append(1).append('c').append(2L).append(3.5f).append(4.25).append(true).append("str").append((Object) null)
          .append((String) null).append(new char[] {'x', 'y'}).append(-0.0).append(Long.MIN_VALUE);
        System.out.println(sb + " len " + sb.length());
        sb.setLength(0);
        sb.append("hello world");
        sb.insert(0, "<<").insert(sb.length(), ">>").insert(7, '_').insert(2, 42).insert(0, 1.5).insert(0, false);
        System.out.println(sb);
        sb.delete(0, 8);
        System.out.println(sb);
        sb.deleteCharAt(0).deleteCharAt(sb.length() - 1);
        System.out.println(sb);
        sb.replace(0, 5, "HELLO").setCharAt(5, '+');
        System.out.println(sb + " charAt(1)=" + sb.charAt(1) + " indexOf(o)=" + sb.indexOf("o") + " lastIndexOf(l)=" + sb.lastIndexOf("l"));
        System.out.println("reverse " + new StringBuilder("stressed").reverse() + " " + new StringBuilder("a\uD83D\uDE00b").reverse().length());
        StringBuilder t = new StringBuilder("abc");
        t.setLength(5);
        System.out.println("padded length " + t.length() + " last char code " + (int) t.charAt(4));
        t.setLength(2);
        System.out.println("truncated " + t);
        StringBuilder big = new StringBuilder();
        for (int i = 0; i < 1000; i++) big.append(i % 10);
        System.out.println("big " + big.length() + " " + big.substring(995) + " " + big.substring(10, 15));
        StringBuilder cmp = new StringBuilder("abc");
        System.out.println("compareTo " + cmp.compareTo(new StringBuilder("abd")) + " equals " + cmp.equals(new StringBuilder("abc"))
            + " contentEquals " + "abc".contentEquals(cmp));
        CharSequence cs = cmp;
        System.out.println("CharSequence " + cs.length() + " " + cs.subSequence(1, 3) + " " + cs.charAt(2));
        try {
            new StringBuilder("ab").charAt(5);
        } catch (IndexOutOfBoundsException e) {
            System.out.println("IOOBE " + e.getClass().getSimpleName() + ": " + e.getMessage());
        }
        try {
            new StringBuilder("ab").deleteCharAt(2);
        } catch (StringIndexOutOfBoundsException e) {
            System.out.println("SIOOBE: " + e.getMessage());
        }
        StringBuffer buf = new StringBuffer("buffer");
        buf.append(1).insert(0, '[').append(']').reverse();
        System.out.println("StringBuffer " + buf);
        StringBuilder cp = new StringBuilder();
        cp.appendCodePoint(0x41).appendCodePoint(0x1F600);
        System.out.println("codepoints len " + cp.length() + " " + cp.codePointAt(1));
        StringBuilder chain = new StringBuilder("x");
        for (int i = 0; i < 5; i++) chain.append(chain.length());
        System.out.println("chain " + chain + " " + chain.toString().equals("x12345"));
        sb = new StringBuilder("0123456789");
        sb.delete(3, 100);
        sb.append("abc", 1, 2);
        sb.append(new char[] {'p', 'q', 'r'}, 1, 2);
        System.out.println("ranges " + sb);
    }
}
