// Everyday program: a bank-account simulation with classes, interfaces and exceptions.
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

public class BankSim {
    static class BankException extends Exception { BankException(String m) { super(m); } }
    static class InsufficientFunds extends BankException {
        final long shortBy;
        InsufficientFunds(String id, long shortBy) { super("insufficient funds in " + id + ": short by " + money(shortBy)); this.shortBy = shortBy; }
    }
    static class AccountFrozen extends BankException { AccountFrozen(String id) { super("account " + id + " is frozen"); } }
    static class NoSuchAccount extends BankException { NoSuchAccount(String id) { super("no account " + id); } }

    static String money(long cents) {
        String sign = cents < 0 ? "-" : "";
        cents = Math.abs(cents);
        return sign + "$" + cents / 100 + "." + (cents % 100 < 10 ? "0" : "") + cents % 100;
    }

    interface InterestBearing { long monthlyInterest(); }

    static abstract class Account {
        final String id, owner;
        protected long balance;
        boolean frozen;
        final List<String> history = new ArrayList<>();
        Account(String id, String owner, long opening) { this.id = id; this.owner = owner; this.balance = opening; log("open " + money(opening)); }
        void log(String s) { history.add(s); }
        void deposit(long c) throws BankException {
            if (c <= 0) throw new IllegalArgumentException("deposit must be positive: " + c);
            if (frozen) throw new AccountFrozen(id);
            balance += c; log("deposit " + money(c));
        }
        void withdraw(long c) throws BankException {
            if (frozen) throw new AccountFrozen(id);
            long avail = available();
            if (c > avail) throw new InsufficientFunds(id, c - avail);
            balance -= c; log("withdraw " + money(c));
        }
        long available() { return balance; }
        abstract String type();
        public String toString() { return String.format("%-8s %-6s %-7s %12s%s", type(), id, owner, money(balance), frozen ? " (frozen)" : ""); }
    }

    static class Checking extends Account {
        final long overdraft;
        Checking(String id, String owner, long opening, long overdraft) { super(id, owner, opening); this.overdraft = overdraft; }
        @Override long available() { return balance + overdraft; }
        String type() { return "checking"; }
    }

    static class Savings extends Account implements InterestBearing {
        final int basisPoints;
        int withdrawals;
        Savings(String id, String owner, long opening, int bp) { super(id, owner, opening); basisPoints = bp; }
        @Override void withdraw(long c) throws BankException {
            if (++withdrawals > 2) throw new BankException("savings " + id + ": withdrawal limit reached");
            super.withdraw(c);
        }
        public long monthlyInterest() { return balance * basisPoints / 12 / 10000; }
        String type() { return "savings"; }
    }

    final Map<String, Account> accounts = new LinkedHashMap<>();

    Account get(String id) throws NoSuchAccount {
        Account a = accounts.get(id);
        if (a == null) throw new NoSuchAccount(id);
        return a;
    }

    void transfer(String from, String to, long c) throws BankException {
        Account a = get(from), b = get(to);
        a.withdraw(c);
        try {
            b.deposit(c);
        } catch (BankException e) {
            a.balance += c;                      // roll back
            a.log("rollback " + money(c));
            throw e;
        }
    }

    void run(String desc, Op op) {
        try {
            op.run();
            System.out.println("ok    " + desc);
        } catch (InsufficientFunds e) {
            System.out.println("FAIL  " + desc + ": " + e.getMessage() + " [short " + e.shortBy + "c]");
        } catch (BankException e) {
            System.out.println("FAIL  " + desc + ": " + e.getMessage() + " (" + e.getClass().getSimpleName() + ")");
        } catch (RuntimeException e) {
            System.out.println("ERROR " + desc + ": " + e);
        }
    }
    interface Op { void run() throws BankException; }

    public static void main(String[] args) {
        BankSim bank = new BankSim();
        bank.accounts.put("C-1", new Checking("C-1", "alice", 50_00, 100_00));
        bank.accounts.put("S-1", new Savings("S-1", "alice", 1000_00, 250));
        bank.accounts.put("C-2", new Checking("C-2", "bob", 5_50, 0));
        bank.accounts.put("S-2", new Savings("S-2", "carol", 123_45, 400));
        bank.run("deposit 20.00 to C-2", () -> bank.get("C-2").deposit(20_00));
        bank.run("withdraw 120.00 from C-1 (overdraft)", () -> bank.get("C-1").withdraw(120_00));
        bank.run("withdraw 40.00 from C-1", () -> bank.get("C-1").withdraw(40_00));
        bank.run("transfer 300 S-1 -> C-1", () -> bank.transfer("S-1", "C-1", 300_00));
        bank.run("transfer 1 S-1 -> C-2", () -> bank.transfer("S-1", "C-2", 1_00));
        bank.run("transfer 1 S-1 -> C-2 again", () -> bank.transfer("S-1", "C-2", 1_00));
        bank.run("deposit -5 to C-2", () -> bank.get("C-2").deposit(-5));
        bank.run("transfer to missing", () -> bank.transfer("C-2", "X-9", 1_00));
        bank.get0("C-2").frozen = true;
        bank.run("transfer C-1 -> frozen C-2", () -> bank.transfer("C-1", "C-2", 10_00));
        bank.run("withdraw from frozen", () -> bank.get("C-2").withdraw(1));
        for (int month = 1; month <= 3; month++) {
            for (Account a : bank.accounts.values()) {
                if (a instanceof InterestBearing ib) {
                    long i = ib.monthlyInterest();
                    a.balance += i;
                    a.log("interest m" + month + " " + money(i));
                }
            }
        }
        System.out.println("--- accounts by balance");
        List<Account> sorted = new ArrayList<>(bank.accounts.values());
        sorted.sort(Comparator.comparingLong((Account a) -> a.balance).reversed());
        for (Account a : sorted) System.out.println(a);
        long total = 0;
        for (Account a : sorted) total += a.balance;
        System.out.println("total " + money(total));
        System.out.println("--- history");
        for (Account a : bank.accounts.values()) System.out.println(a.id + ": " + String.join("; ", a.history));
    }

    Account get0(String id) { return accounts.get(id); }
}
