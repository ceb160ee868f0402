// Library conformance: a matrix of regex patterns x inputs: matches, lookingAt, find groups, split, replaceAll.
// Expected output recorded from HotSpot 17 (jvm/tests/run-lib.sh GENERATE=1).
import java.util.*;
import java.util.regex.*;
public class LibRegex { public static void main(String[] a) {
  String[] pats = {"|", "a|b", "a*", "a+?", "(a|ab)(c|bcd)(d*)", "^\\w+", "\\w+$", "(?m)^\\w+$", "\\b\\w", "\\B", "(\\d+)-(\\d+)", "[^aeiou\\s]+", "(?i)HELLO", "colou?r", "a{2,3}", "a{2,}?", "(ab)+", "(?:ab)*c", "(a)|(b)", "x*", "\\s*,\\s*", "[a-c&&[b-d]]", "[\\w&&[^\\d]]+", "(?<=a)b", "(?<!a)b", "a(?=b)", "a(?!b)", "(\\w)\\1", "(?<n>\\w)\\k<n>", "\\.", "\\Qa.b\\E", "[.]", "\\p{Upper}\\p{Lower}+", "\\p{L}+", "\\d+(\\.\\d+)?", "^$", "(?s).+", ".+", "a++b", "(a|b)*+c", "(?>a+)b", "[\\[\\]]", "\\t|\\n", "[^\\n]*", "(.)(.)(.)", "((a)(b))", "\\S+@\\S+", "^(\\+|-)?\\d+$", "[0-9a-fA-F]{2}", "(?x) a b # comment", "\\u0041", "\\x41", "\\0101", "[\\u0041-\\u0043]", "\\h+", "\\R", "(?i)[a-c]+", "(a*)*b", "(a|)+b", "(|a)+", "a{0}", "a?b?", "$", "^", "\\Z", "\\z"};
  String[] ins = {"", "a", "ab", "abc", "aab abb", "hello World foo", "abcd abcbcd", "12-34 5-6", "The colour and color", "aaaa", "x,y , z,,w", "line1\nline2\r\nline3", "Hello HELLO hello", "mail me@x.com now", "-42", "+7", "ab\tcd\n", "ABC abc", "aabbcc", "a.b", "[x]", "deadBEEF", "  ", "ba ab bb"};
  StringBuilder sb = new StringBuilder();
  for (String p : pats) {
    Pattern pt;
    try { pt = Pattern.compile(p); } catch (Exception e) { sb.append(p).append(" !! ").append(e.getClass().getSimpleName()).append('\n'); continue; }
    for (String s : ins) {
      Matcher m = pt.matcher(s);
      sb.append(p).append(" | ").append(s.replace("\n", "\\n").replace("\r", "\\r").replace("\t", "\\t")).append(" | ").append(m.matches()).append(' ').append(pt.matcher(s).lookingAt()).append(" :");
      m.reset(); int n = 0;
      while (m.find() && n++ < 20) { sb.append(" [").append(m.start()).append(',').append(m.end()); for (int g = 1; g <= m.groupCount(); g++) sb.append(',').append(m.group(g)); sb.append(']'); }
      sb.append(" split=").append(Arrays.toString(pt.split(s))).append(" rep=").append(pt.matcher(s).replaceAll("<$0>")).append('\n');
    }
  }
  System.out.print(sb);
}}
