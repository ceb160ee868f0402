// Everyday program: Dijkstra shortest paths with a PriorityQueue, path reconstruction.
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.PriorityQueue;

public class Dijkstra {
    record Edge(int to, int w) { }
    record Entry(int node, long dist) implements Comparable<Entry> {
        public int compareTo(Entry o) { return dist != o.dist ? Long.compare(dist, o.dist) : Integer.compare(node, o.node); }
    }

    static long[] dist;
    static int[] prev;
    static int pops;

    static void run(List<List<Edge>> g, int src) {
        int n = g.size();
        dist = new long[n];
        prev = new int[n];
        Arrays.fill(dist, Long.MAX_VALUE);
        Arrays.fill(prev, -1);
        dist[src] = 0;
        PriorityQueue<Entry> pq = new PriorityQueue<>();
        pq.add(new Entry(src, 0));
        pops = 0;
        while (!pq.isEmpty()) {
            Entry e = pq.poll();
            pops++;
            if (e.dist() > dist[e.node()]) continue;
            for (Edge ed : g.get(e.node())) {
                long nd = e.dist() + ed.w();
                if (nd < dist[ed.to()] || (nd == dist[ed.to()] && e.node() < prev[ed.to()])) {
                    boolean improved = nd < dist[ed.to()];
                    dist[ed.to()] = nd;
                    prev[ed.to()] = e.node();
                    if (improved) pq.add(new Entry(ed.to(), nd));
                }
            }
        }
    }

    static List<Integer> path(int t) {
        List<Integer> p = new ArrayList<>();
        for (int v = t; v != -1; v = prev[v]) p.add(v);
        Collections.reverse(p);
        return p;
    }

    static void addEdge(List<List<Edge>> g, int a, int b, int w) { g.get(a).add(new Edge(b, w)); g.get(b).add(new Edge(a, w)); }

    public static void main(String[] args) {
        String[] names = {"A", "B", "C", "D", "E", "F", "G", "H"};
        List<List<Edge>> g = new ArrayList<>();
        for (int i = 0; i < names.length; i++) g.add(new ArrayList<>());
        int[][] edges = {{0, 1, 4}, {0, 2, 2}, {1, 2, 5}, {1, 3, 10}, {2, 4, 3}, {4, 3, 4}, {3, 5, 11}, {4, 5, 20}, {5, 6, 1}, {3, 6, 13}};
        for (int[] e : edges) addEdge(g, e[0], e[1], e[2]);
        run(g, 0);
        for (int i = 0; i < names.length; i++) {
            StringBuilder sb = new StringBuilder();
            if (dist[i] == Long.MAX_VALUE) sb.append("unreachable");
            else for (int v : path(i)) sb.append(sb.length() > 0 ? "->" : "").append(names[v]);
            System.out.println(names[i] + ": " + (dist[i] == Long.MAX_VALUE ? "inf" : String.valueOf(dist[i])) + " " + sb);
        }
        // A grid graph with pseudo-random weights from an LCG.
        int w = 40, h = 30;
        List<List<Edge>> grid = new ArrayList<>();
        for (int i = 0; i < w * h; i++) grid.add(new ArrayList<>());
        long seed = 12345;
        for (int y = 0; y < h; y++)
            for (int x = 0; x < w; x++) {
                int id = y * w + x;
                if (x + 1 < w) { seed = (seed * 6364136223846793005L + 1442695040888963407L); addEdge(grid, id, id + 1, (int) ((seed >>> 33) % 9) + 1); }
                if (y + 1 < h) { seed = (seed * 6364136223846793005L + 1442695040888963407L); addEdge(grid, id, id + w, (int) ((seed >>> 33) % 9) + 1); }
            }
        run(grid, 0);
        List<Integer> p = path(w * h - 1);
        long total = 0;
        for (long d : dist) total += d;
        System.out.println("grid: dist to corner " + dist[w * h - 1] + ", path length " + p.size() + ", pops " + pops + ", sum of dists " + total);
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < 12; i++) sb.append(p.get(i)).append(' ');
        System.out.println("path starts " + sb);
    }
}
