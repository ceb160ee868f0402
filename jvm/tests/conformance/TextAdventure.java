// Everyday program: a text-adventure state machine driven by commands on stdin.
import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;

public class TextAdventure {
    enum Dir { NORTH, SOUTH, EAST, WEST }

    static class Room {
        final String name, desc;
        final Map<Dir, Room> exits = new EnumMap<>(Dir.class);
        final TreeSet<String> items = new TreeSet<>();
        boolean dark, locked;
        Room(String name, String desc) { this.name = name; this.desc = desc; }
        void link(Dir d, Room r) { exits.put(d, r); r.exits.put(opposite(d), this); }
    }

    static Dir opposite(Dir d) {
        switch (d) { case NORTH: return Dir.SOUTH; case SOUTH: return Dir.NORTH; case EAST: return Dir.WEST; default: return Dir.EAST; }
    }

    enum State { PLAYING, WON, QUIT }

    Room here;
    State state = State.PLAYING;
    final List<String> inventory = new ArrayList<>();
    boolean lampLit;
    int moves, score;
    final Map<String, Integer> verbsUsed = new HashMap<>();

    void say(String s) { System.out.println("  " + s); }

    void look() {
        if (here.dark && !lampLit) { say("It is pitch dark."); return; }
        say(here.name + ": " + here.desc);
        if (!here.items.isEmpty()) say("You see: " + String.join(", ", here.items));
        StringBuilder ex = new StringBuilder();
        for (Dir d : here.exits.keySet()) ex.append(d.name().toLowerCase()).append(' ');
        say("Exits: " + ex.toString().trim());
    }

    void go(Dir d) {
        Room next = here.exits.get(d);
        if (next == null) { say("You can't go " + d.name().toLowerCase() + "."); return; }
        if (next.locked) { say("The door is locked."); return; }
        here = next;
        moves++;
        look();
    }

    void command(String line) {
        String[] w = line.trim().split(" ");
        String verb = w[0];
        verbsUsed.merge(verb, 1, Integer::sum);
        String obj = w.length > 1 ? w[1] : "";
        switch (verb) {
            case "look" -> look();
            case "north", "south", "east", "west" -> go(Dir.valueOf(verb.toUpperCase()));
            case "take" -> {
                if (here.dark && !lampLit) say("You fumble in the dark.");
                else if (here.items.remove(obj)) { inventory.add(obj); say("Taken: " + obj); if (obj.equals("gold")) score += 50; }
                else say("No " + obj + " here.");
            }
            case "light" -> {
                if (inventory.contains("lamp")) { lampLit = true; say("The lamp is now lit."); look(); }
                else say("You have no lamp.");
            }
            case "unlock" -> {
                Room east = here.exits.get(Dir.EAST);
                if (east != null && east.locked && inventory.contains("key")) { east.locked = false; say("Unlocked."); score += 10; }
                else say("Nothing to unlock.");
            }
            case "inventory" -> say("You carry: " + (inventory.isEmpty() ? "nothing" : inventory.toString()));
            case "score" -> say("Score " + score + " in " + moves + " moves.");
            case "quit" -> { state = State.QUIT; say("Bye."); }
            default -> say("I don't know how to '" + verb + "'.");
        }
        if (state == State.PLAYING && inventory.contains("gold") && here.name.equals("Hall")) {
            state = State.WON;
            score += 40;
            say("You escaped with the gold! Final score " + score);
        }
    }

    public static void main(String[] args) throws Exception {
        Room hall = new Room("Hall", "A dusty entrance hall.");
        Room corridor = new Room("Corridor", "A long corridor.");
        Room cellar = new Room("Cellar", "A damp cellar.");
        Room vault = new Room("Vault", "Glittering walls.");
        Room study = new Room("Study", "Books everywhere.");
        hall.link(Dir.NORTH, corridor);
        corridor.link(Dir.NORTH, cellar);
        hall.link(Dir.EAST, study);
        study.link(Dir.EAST, vault);
        cellar.dark = true;
        vault.locked = true;
        hall.items.add("lamp");
        cellar.items.add("key");
        cellar.items.add("cobweb");
        vault.items.add("gold");
        TextAdventure game = new TextAdventure();
        game.here = hall;
        BufferedReader in = new BufferedReader(new InputStreamReader(System.in));
        String line;
        while (game.state != State.QUIT && (line = in.readLine()) != null) {
            if (line.isBlank()) continue;
            System.out.println("> " + line);
            game.command(line);
        }
        System.out.println("state " + game.state + ", moves " + game.moves + ", score " + game.score);
        System.out.println("verbs used " + new java.util.TreeMap<>(game.verbsUsed));
    }
}
