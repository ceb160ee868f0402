// Library conformance: Character classification, case mapping and numeric values over several Unicode blocks.
// Expected output recorded from HotSpot 17 (jvm/tests/run-lib.sh GENERATE=1).
public class LibCharacter { public static void main(String[] a) {
  StringBuilder sb = new StringBuilder();
  int[][] ranges = {{0, 0x250}, {0x370, 0x3FF}, {0x400, 0x45F}, {0x2000, 0x2070}, {0x3000, 0x3010}, {0x4E00, 0x4E05}, {0xFF00, 0xFF60}, {0x1F600, 0x1F602}};
  for (int[] r : ranges) for (int c = r[0]; c <= r[1]; c++) {
    sb.append(Integer.toHexString(c)).append(':').append(Character.getType(c)).append(Character.isLetter(c) ? 'L' : '-').append(Character.isDigit(c) ? 'D' : '-').append(Character.isWhitespace(c) ? 'W' : '-').append(Character.isUpperCase(c) ? 'U' : '-').append(Character.isLowerCase(c) ? 'l' : '-').append(Character.isSpaceChar(c) ? 'S' : '-').append(Character.isJavaIdentifierStart(c) ? 'J' : '-').append(Character.isJavaIdentifierPart(c) ? 'j' : '-').append(Character.isAlphabetic(c) ? 'A' : '-').append(Character.isLetterOrDigit(c) ? 'O' : '-')
      .append(' ').append(Integer.toHexString(Character.toUpperCase(c))).append(' ').append(Integer.toHexString(Character.toLowerCase(c))).append(' ').append(Character.getNumericValue(c)).append(' ').append(Character.digit(c, 36)).append('\n');
  }
  System.out.print(sb);
}}
