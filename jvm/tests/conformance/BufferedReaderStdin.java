// BufferedReader over InputStreamReader(System.in): a tiny CSV summarizer.
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.util.ArrayList;
import java.util.List;

public class BufferedReaderStdin {
    public static void main(String[] args) throws IOException {
        BufferedReader in = new BufferedReader(new InputStreamReader(System.in));
        String header = in.readLine();
        System.out.println("header: " + header);
        String[] cols = header.split(",");
        List<String[]> rows = new ArrayList<>();
        String line;
        int lineNo = 1;
        while ((line = in.readLine()) != null) {
            lineNo++;
            if (line.isBlank()) { System.out.println("line " + lineNo + ": blank, skipped"); continue; }
            if (line.startsWith("#")) { System.out.println("line " + lineNo + ": comment " + line.substring(1).trim()); continue; }
            String[] f = line.split(",");
            if (f.length != cols.length) { System.out.println("line " + lineNo + ": bad field count " + f.length); continue; }
            rows.add(f);
        }
        System.out.println(rows.size() + " rows");
        long total = 0;
        int maxQty = Integer.MIN_VALUE;
        String maxName = null;
        for (String[] r : rows) {
            try {
                int qty = Integer.parseInt(r[1].trim());
                int price = Integer.parseInt(r[2].trim());
                total += (long) qty * price;
                if (qty > maxQty) { maxQty = qty; maxName = r[0]; }
                System.out.printf("%-8s %4d x %5d = %7d%n", r[0], qty, price, qty * price);
            } catch (NumberFormatException e) {
                System.out.println("bad number in row " + r[0] + ": " + e.getMessage());
            }
        }
        System.out.println("total " + total + ", most " + maxName + " (" + maxQty + ")");
        System.out.println("read after EOF: " + in.readLine());
    }
}
