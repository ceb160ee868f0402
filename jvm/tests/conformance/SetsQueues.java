// HashSet, TreeSet, ArrayDeque, PriorityQueue, Stack.
import java.util.ArrayDeque;
import java.util.Comparator;
import java.util.Deque;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.PriorityQueue;
import java.util.Set;
import java.util.Stack;
import java.util.TreeSet;

public class SetsQueues {
    public static void main(String[] args) {
        Set<String> hs = new HashSet<>();
        for (String s : "to be or not to be that is the question whether tis nobler".split(" ")) hs.add(s);
        System.out.println("HashSet " + hs + " size " + hs.size());
        System.out.println("add dup " + hs.add("be") + " remove " + hs.remove("or") + " " + hs.remove("or") + " contains " + hs.contains("tis"));
        Set<Integer> is = new HashSet<>();
        for (int i = 0; i < 40; i += 3) is.add(i * i - 50);
        System.out.println("HashSet<Integer> " + is);
        Set<String> lhs = new LinkedHashSet<>();
        for (String s : new String[] {"z", "a", "m", "a", "b", "z"}) lhs.add(s);
        System.out.println("LinkedHashSet " + lhs);
        TreeSet<String> ts = new TreeSet<>(hs);
        System.out.println("TreeSet " + ts + " first " + ts.first() + " last " + ts.last() + " floor(p) " + ts.floor("p") + " ceiling(p) " + ts.ceiling("p"));
        System.out.println("headSet(n) " + ts.headSet("n") + " tailSet(t) " + ts.tailSet("t") + " subSet(b,q) " + ts.subSet("b", "q")
            + " descending " + ts.descendingSet());
        System.out.println("pollFirst " + ts.pollFirst() + " pollLast " + ts.pollLast() + " -> " + ts.size());
        TreeSet<Integer> byLen = new TreeSet<>(Comparator.comparing((Integer x) -> Integer.toString(x).length()).thenComparing(x -> -x));
        for (int v : new int[] {5, 100, 42, 7, 1000, 13, 99}) byLen.add(v);
        System.out.println("custom TreeSet " + byLen);
        Set<Integer> a = new TreeSet<>(Set.of(1, 2, 3, 4)), b = new TreeSet<>(Set.of(3, 4, 5));
        Set<Integer> union = new TreeSet<>(a); union.addAll(b);
        Set<Integer> inter = new TreeSet<>(a); inter.retainAll(b);
        Set<Integer> diff = new TreeSet<>(a); diff.removeAll(b);
        System.out.println("union " + union + " inter " + inter + " diff " + diff + " containsAll " + a.containsAll(inter)
            + " equals " + new HashSet<>(inter).equals(inter) + " hash " + inter.hashCode());
        Deque<Integer> dq = new ArrayDeque<>();
        for (int i = 0; i < 5; i++) { dq.offerLast(i); dq.offerFirst(-i); }
        System.out.println("ArrayDeque " + dq + " peekFirst " + dq.peekFirst() + " peekLast " + dq.peekLast());
        System.out.println("pollFirst " + dq.pollFirst() + " pollLast " + dq.pollLast() + " pop " + dq.pop() + " -> " + dq);
        dq.push(77);
        StringBuilder sb = new StringBuilder();
        for (java.util.Iterator<Integer> it = dq.descendingIterator(); it.hasNext(); ) sb.append(it.next()).append(' ');
        System.out.println("descending " + sb + " size " + dq.size());
        ArrayDeque<String> q = new ArrayDeque<>();
        for (int i = 0; i < 100; i++) q.add("s" + i);
        for (int i = 0; i < 95; i++) q.poll();
        System.out.println("queue tail " + q + " poll on empty " + new ArrayDeque<String>().poll());
        try {
            new ArrayDeque<String>().pop();
        } catch (java.util.NoSuchElementException e) {
            System.out.println("pop on empty: NoSuchElementException " + e.getMessage());
        }
        PriorityQueue<Integer> pq = new PriorityQueue<>();
        for (int v : new int[] {5, 3, 9, 1, 7, 3, 8, 2, 6}) pq.add(v);
        sb.setLength(0);
        System.out.println("pq size " + pq.size() + " peek " + pq.peek());
        while (!pq.isEmpty()) sb.append(pq.poll()).append(' ');
        System.out.println("pq order " + sb);
        PriorityQueue<String> maxq = new PriorityQueue<>(Comparator.reverseOrder());
        for (String s : "delta alpha echo bravo charlie".split(" ")) maxq.offer(s);
        sb.setLength(0);
        while (maxq.size() > 0) sb.append(maxq.remove()).append(' ');
        System.out.println("max pq " + sb);
        PriorityQueue<int[]> byDist = new PriorityQueue<>((x, y) -> x[1] != y[1] ? x[1] - y[1] : x[0] - y[0]);
        for (int i = 0; i < 8; i++) byDist.add(new int[] {i, (i * 37) % 5});
        sb.setLength(0);
        while (!byDist.isEmpty()) { int[] e = byDist.poll(); sb.append(e[0]).append(':').append(e[1]).append(' '); }
        System.out.println("pq pairs " + sb);
        Stack<String> st = new Stack<>();
        st.push("a"); st.push("b"); st.push("c");
        System.out.println("Stack " + st + " peek " + st.peek() + " search(a) " + st.search("a") + " search(x) " + st.search("x")
            + " pop " + st.pop() + " -> " + st + " empty " + st.empty() + " get(0) " + st.get(0));
        try {
            new Stack<Integer>().pop();
        } catch (java.util.EmptyStackException e) {
            System.out.println("EmptyStackException " + e.getMessage());
        }
    }
}
