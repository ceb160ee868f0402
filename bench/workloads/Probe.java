import java.io.BufferedReader;
import java.io.FileInputStream;
import java.io.FileReader;
import java.io.IOException;

/** The isolation probe, as bench/workloads/probe.c (which documents it). */
public class Probe {
    public static void main(String[] args) throws IOException {
        String line = null;
        try (BufferedReader r = new BufferedReader(new FileReader(args[0]))) {
            line = r.readLine();
        } catch (IOException e) {
            // unreadable: reported as such
        }
        System.out.println("probe host-file " + (line == null || line.isEmpty() ? "unreadable" : line));
        String cmd = "";
        try (FileInputStream in = new FileInputStream("/proc/" + args[1] + "/cmdline")) {
            byte[] b = in.readNBytes(255);
            cmd = new String(b, "ISO-8859-1");
        } catch (IOException e) {
            // no such process here
        }
        System.out.println("probe host-process " + (cmd.contains("vmbench") ? "visible" : "not visible"));
        System.out.println("probe kernel " + System.getProperty("os.version"));
        System.out.println("probe machine " + System.getProperty("os.arch"));
    }
}
