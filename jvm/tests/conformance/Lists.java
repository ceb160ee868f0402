// ArrayList and LinkedList operations.
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Iterator;
import java.util.LinkedList;
import java.util.List;
import java.util.ListIterator;

public class Lists {
    static void exercise(List<Integer> list, String name) {
        for (int i = 0; i < 10; i++) list.add(i * 3);
        list.add(0, -1);
        list.add(5, 100);
        System.out.println(name + " " + list + " size " + list.size());
        System.out.println("get " + list.get(0) + " " + list.get(5) + " indexOf " + list.indexOf(9) + " " + list.indexOf(1000)
            + " lastIndexOf " + list.lastIndexOf(27) + " contains " + list.contains(100) + " " + list.contains(101));
        list.remove(0);                         // by index
        list.remove(Integer.valueOf(100));      // by value
        System.out.println("after removes " + list);
        list.set(2, 66);
        System.out.println("set -> " + list + " sub " + list.subList(2, 5));
        list.subList(0, 3).clear();
        System.out.println("sublist cleared " + list);
        list.removeIf(x -> x % 2 == 0);
        System.out.println("removeIf even " + list);
        list.replaceAll(x -> x * 10);
        System.out.println("replaceAll " + list);
        list.addAll(Arrays.asList(5, 3, 4));
        list.addAll(1, List.of(-7, -8));
        System.out.println("addAll " + list);
        list.sort(null);
        System.out.println("sorted " + list + " hash " + list.hashCode() + " equals " + list.equals(new ArrayList<>(list)));
        Iterator<Integer> it = list.iterator();
        while (it.hasNext()) if (it.next() < 0) it.remove();
        System.out.println("iterator remove " + list);
        ListIterator<Integer> li = list.listIterator();
        while (li.hasNext()) { int v = li.next(); if (v == 4) { li.set(44); li.add(45); } }
        StringBuilder back = new StringBuilder();
        while (li.hasPrevious()) back.append(li.previous()).append(li.hasPrevious() ? "," : "");
        System.out.println("listIterator " + list + " backwards " + back);
        Object[] arr = list.toArray();
        Integer[] typed = list.toArray(new Integer[0]);
        System.out.println("toArray " + arr.length + " " + typed.length + " " + typed.getClass().getSimpleName());
        list.clear();
        System.out.println("cleared " + list + " empty " + list.isEmpty());
        try {
            list.get(0);
        } catch (IndexOutOfBoundsException e) {
            System.out.println("IOOBE " + e.getMessage());
        }
    }

    public static void main(String[] args) {
        exercise(new ArrayList<>(), "ArrayList");
        exercise(new LinkedList<>(), "LinkedList");
        LinkedList<String> dq = new LinkedList<>();
        dq.addFirst("b"); dq.addFirst("a"); dq.addLast("c"); dq.offer("d"); dq.push("z");
        System.out.println("deque " + dq + " peek " + dq.peek() + " peekLast " + dq.peekLast() + " getFirst " + dq.getFirst());
        System.out.println("poll " + dq.poll() + " pollLast " + dq.pollLast() + " pop " + dq.pop() + " removeLast " + dq.removeLast() + " -> " + dq);
        Iterator<String> desc = new LinkedList<>(List.of("1", "2", "3")).descendingIterator();
        StringBuilder sb = new StringBuilder();
        while (desc.hasNext()) sb.append(desc.next());
        System.out.println("descending " + sb);
        List<String> names = new ArrayList<>(List.of("x", "y"));
        names.add(null);
        System.out.println("with null " + names + " indexOf null " + names.indexOf(null) + " contains null " + names.contains(null));
        List<List<Integer>> nested = new ArrayList<>();
        for (int i = 0; i < 3; i++) { nested.add(new ArrayList<>()); for (int j = 0; j <= i; j++) nested.get(i).add(j); }
        System.out.println("nested " + nested);
        ArrayList<Integer> big = new ArrayList<>();
        for (int i = 0; i < 10000; i++) big.add(i);
        long sum = 0;
        for (int v : big) sum += v;
        System.out.println("big " + big.size() + " " + sum);
        List<Integer> fixed = List.of(1, 2, 3);
        try {
            fixed.add(4);
        } catch (UnsupportedOperationException e) {
            System.out.println("List.of immutable: " + e.getMessage());
        }
        System.out.println("List.of " + fixed + " " + fixed.equals(Arrays.asList(1, 2, 3)) + " " + List.copyOf(big.subList(0, 3)));
    }
}
