// A 10^6-node linked list (tens of MB of live data under -Xmx96m), built,
// walked, partly unlinked and rebuilt, so full collections have to move a
// long chain of live objects while young collections promote it.
public class GcLinkedList {
    static final class Node {
        final int value;
        Node next;
        Node(int v, Node n) { value = v; next = n; }
    }

    static long sum(Node n) {
        long s = 0;
        int len = 0;
        for (; n != null; n = n.next) { s += n.value; len++; }
        return s * 31 + len;
    }

    public static void main(String[] args) {
        final int n = 1_000_000;
        Node head = null;
        for (int i = 0; i < n; i++) head = new Node(i, head);
        System.out.println("built " + sum(head));
        // unlink every other node: half the list becomes garbage
        for (Node p = head; p != null && p.next != null; p = p.next) p.next = p.next.next;
        System.out.println("halved " + sum(head));
        // garbage in between, then a second list interleaved with the first
        Node other = null;
        for (int round = 0; round < 3; round++) {
            other = null;
            for (int i = 0; i < n / 2; i++) {
                other = new Node(-i, other);
                if (i % 1000 == 0) { int[] junk = new int[256]; junk[0] = i; }
            }
        }
        System.out.println("second " + sum(other));
        System.out.println("first again " + sum(head));
        // reverse in place: every link rewritten (old objects pointing at old objects)
        Node prev = null;
        for (Node p = head; p != null; ) { Node nx = p.next; p.next = prev; prev = p; p = nx; }
        System.out.println("reversed " + sum(prev) + " first " + prev.value);
    }
}
