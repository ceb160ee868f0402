// A young collection that runs out of old-generation space part way
// (promotion failure): the old generation is nearly full of long-lived
// data, young collections have promoted next to nothing for a while, then
// a large young structure survives at once.  Everything must come through
// intact: the long-lived data, the new list, identity hashes and locks.
import java.util.ArrayList;
import java.util.List;

public class GcPromotionFailure {
    static final class Node {
        final int value;
        Node next;
        Object pad = new int[4];
        Node(int value, Node next) { this.value = value; this.next = next; }
    }

    public static void main(String[] args) {
        List<long[]> kept = new ArrayList<>();
        for (int i = 0; i < 1800; i++)
            kept.add(new long[1024]);           // ~14 MB that stays
        for (int i = 0; i < kept.size(); i++)
            kept.get(i)[i % 1024] = i;
        long churn = 0;
        for (int i = 0; i < 3_000_000; i++) {   // garbage only: promotion falls to nothing
            int[] g = new int[8];
            g[i & 7] = i;
            churn += g[3];
        }
        Object lock = new Object();
        int hash = System.identityHashCode(lock);
        long sum = 0;
        for (int round = 0; round < 3; round++) {
            Node head = null;
            synchronized (lock) {
                for (int i = 0; i < 120_000; i++)   // several MB surviving at once
                    head = new Node(i, head);
            }
            for (Node n = head; n != null; n = n.next)
                sum += n.value + ((int[]) n.pad).length;
        }
        long k = 0;
        for (int i = 0; i < kept.size(); i++)
            k += kept.get(i)[i % 1024];
        System.out.println("kept " + kept.size() + " " + k);
        System.out.println("churn " + churn);
        System.out.println("sum " + sum);
        System.out.println("hash same " + (hash == System.identityHashCode(lock)));
    }
}
