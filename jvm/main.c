/*
 * main.c — the `jvm` command: java's command line, VM start-up, running
 * main, and exit.
 *
 *   jvm [options] <mainclass> [args...]
 *   jvm [options] -jar <jarfile> [args...]
 *
 * Start-up (see jvm/lib/CONTRACT.md): load and initialize Object, String,
 * Class; create the main Thread object; run System.initPhase1(); load the
 * main class (app loader), find `public static void main(String[])`,
 * initialize the class and call it.  At the end, normal or not, the library's
 * Shutdown.shutdown() flushes System.out/err; an uncaught exception goes to
 * Thread.dispatchUncaughtException and the exit status is 1.
 */
#include <ctype.h>
#include <signal.h>
#include <stdlib.h>
#include <string.h>

#include "jvm/gc.h"
#include "jvm/jit/jit.h"
#include "jvm/runtime.h"
#include "jvm/verify.h"

#define VERSION_LINE1 "openjdk version \"17.0.15\" 2025-04-15"
#define VERSION_LINE1_SHORT "openjdk 17.0.15 2025-04-15"
#define VERSION_LINE2 "twovm jvm Runtime Environment (build 17.0.15+twovm)"
#define VERSION_LINE3 "twovm jvm 64-Bit Interpreter VM (build 17.0.15+twovm, interpreted mode)"

/* -version (stderr) says 'openjdk version "17.0.15" ...', --version (stdout)
 * 'openjdk 17.0.15 ...', as java does. */
static void print_version(FILE *f, int long_form)
{
    fprintf(f, "%s\n%s\n%s\n", long_form ? VERSION_LINE1 : VERSION_LINE1_SHORT, VERSION_LINE2,
            VERSION_LINE3);
}

static void usage(FILE *f)
{
    fputs("Usage: jvm [options] <mainclass> [args...]\n"
          "           (to execute a class)\n"
          "   or  jvm [options] -jar <jarfile> [args...]\n"
          "           (to execute a jar file)\n"
          "\n"
          " Arguments following the main class or -jar <jarfile> are passed as the\n"
          " arguments to main class.\n"
          "\n"
          " where options include:\n"
          "\n"
          "    -cp <class search path of directories and zip/jar files>\n"
          "    -classpath <class search path of directories and zip/jar files>\n"
          "    --class-path <class search path of directories and zip/jar files>\n"
          "                  A : separated list of directories, JAR archives,\n"
          "                  and ZIP archives to search for class files.\n"
          "    -D<name>=<value>\n"
          "                  set a system property\n"
          "    -verbose:class\n"
          "                  enable verbose output (same as -Xlog:class+load)\n"
          "    -version      print product version to the error stream and exit\n"
          "    --version     print product version to the output stream and exit\n"
          "    -showversion  print product version to the error stream and continue\n"
          "    -ea, -enableassertions\n"
          "                  enable assertions in application classes\n"
          "    -da, -disableassertions\n"
          "                  disable assertions\n"
          "    -? -h -help --help\n"
          "                  print this help message\n"
          "    -Xint         interpreted mode execution only\n"
          "    -Xmx<size>    set maximum Java heap size (default: 1/4 of physical memory)\n"
          "    -Xms<size>    set initial Java heap size\n"
          "    -Xmn<size>    set the young generation size (default: 1/3 of the heap)\n"
          "    -Xss<size>    set Java thread stack size (default 1m)\n"
          "    -Xbootclasspath:<path>\n"
          "                  use <path> instead of the built-in java.base classes\n"
          "    -Xlog:class+load\n"
          "                  log every class loaded, as HotSpot's unified logging\n"
          "    -Xlog:gc, -verbose:gc\n"
          "                  log every garbage collection (kind, heap before->after, pause)\n"
          "    -XX:+GCALot [-XX:GCALotInterval=<n>] [-XX:+VerifyGC]\n"
          "                  collect at every n-th allocation, verify the heap (testing)\n"
          "    -XX:+TraceBytecodes\n"
          "                  print every bytecode executed\n"
          "    -XX:CompileThreshold=<n> [-XX:+PrintCompilation] [-XX:-UseCompiler]\n"
          "                  JIT: compile after n calls + loop iterations (see docs/jvm.md)\n",
          f);
}

static _Noreturn void create_vm_failed(const char *fmt, const char *arg)
{
    fprintf(stderr, fmt, arg);
    fputs("Error: Could not create the Java Virtual Machine.\n"
          "Error: A fatal exception has occurred. Program will exit.\n",
          stderr);
    exit(1);
}

/* "64m", "1g", "512k", "1048576" -> bytes; 0 if malformed. */
static size_t parse_size(const char *s)
{
    char *end;
    if (!isdigit((unsigned char)*s))
        return 0;
    unsigned long long v = strtoull(s, &end, 10);
    switch (tolower((unsigned char)*end)) {
    case 'k': v <<= 10; end++; break;
    case 'm': v <<= 20; end++; break;
    case 'g': v <<= 30; end++; break;
    case 't': v <<= 40; end++; break;
    }
    return *end ? 0 : (size_t)v;
}

/* -XX options: the ones we implement, the ones we accept silently (GC and
 * JIT tuning that has no meaning here), and a warning for the rest. */
static void xx_option(const char *opt)
{
    const char *name = opt;
    int on = 1;
    if (*name == '+' || *name == '-') {
        on = *name == '+';
        name++;
    }
    char flag[128];
    size_t n = strcspn(name, "=");
    snprintf(flag, sizeof flag, "%.*s", (int)n, name);
    if (strcmp(flag, "TraceBytecodes") == 0) {
        vm_opts.trace_bytecodes = on;
        return;
    }
    static int diagnostic_unlocked;
    if (strcmp(flag, "UnlockDiagnosticVMOptions") == 0)
        diagnostic_unlocked = on;
    if (strcmp(flag, "BytecodeVerificationRemote") == 0 || strcmp(flag, "BytecodeVerificationLocal") == 0) {
        if (!diagnostic_unlocked) {
            fprintf(stderr, "Error: VM option '%s' is diagnostic and must be enabled via "
                            "-XX:+UnlockDiagnosticVMOptions.\nError: The unlock option must precede '%s'.\n",
                    flag, flag);
            create_vm_failed("%s", "");
        }
        if (flag[20] == 'R')
            verify_remote = on;     /* BytecodeVerificationLocal: the class library is trusted either way */
        return;
    }
    if (gc_option(opt) || jit_option(opt))
        return;
    static const char *const ignored[] = {
        "UseSerialGC", "UseParallelGC", "UseG1GC", "UseZGC", "UseShenandoahGC", "UseEpsilonGC",
        "TieredCompilation", "TieredStopAtLevel", "UseCompressedOops", "UseCompressedClassPointers",
        "UnlockDiagnosticVMOptions", "UnlockExperimentalVMOptions", "ShowCodeDetailsInExceptionMessages",
        "MaxHeapSize", "InitialHeapSize", "ThreadStackSize", "UseStringDeduplication",
        "HeapDumpOnOutOfMemoryError", "ExitOnOutOfMemoryError", "CrashOnOutOfMemoryError",
        "PrintCompilation", "BackgroundCompilation", "UseCountedLoopSafepoints", "AlwaysPreTouch",
        "UseTransparentHugePages", "UseLargePages", "StackTraceInThrowable", "OmitStackTraceInFastThrow",
        "MaxJavaStackTraceDepth", "ErrorFile", "PerfDisableSharedMem", "UsePerfData",
        "AutoCreateSharedArchive", "SharedArchiveFile", "ArchiveClassesAtExit", "Xshare",
        NULL};
    for (int i = 0; ignored[i]; i++)
        if (strcmp(flag, ignored[i]) == 0)
            return;
    vm_warn("Ignoring unrecognized VM option '%s'", opt);
}

static void xlog_option(const char *spec)
{
    /* -Xlog, -Xlog:class+load, -Xlog:class+load=info, -Xlog:class+load:stdout ... */
    if (strncmp(spec, "class+load", 10) == 0 && (spec[10] == 0 || spec[10] == '=' || spec[10] == ':'))
        vm_opts.log_class_load = 1;
    if (strncmp(spec, "gc", 2) == 0 && (spec[2] == 0 || spec[2] == '=' || spec[2] == ':'))
        vm_opts.log_gc = 1;
}

typedef struct Launch {
    const char *main_class;
    const char *jar;
    int argc;
    char **argv;
} Launch;

static void parse_args(int argc, char **argv, Launch *l)
{
    int i = 1;
    for (; i < argc; i++) {
        const char *a = argv[i];
        if (a[0] != '-')
            break;
        if (!strcmp(a, "-cp") || !strcmp(a, "-classpath") || !strcmp(a, "--class-path")) {
            if (++i >= argc) {
                fprintf(stderr, "Error: %s requires class path specification\n", a);
                usage(stderr);
                exit(1);
            }
            vm_opts.classpath = argv[i];
        } else if (!strncmp(a, "--class-path=", 13)) {
            vm_opts.classpath = a + 13;
        } else if (!strcmp(a, "-jar")) {
            if (++i >= argc) {
                fprintf(stderr, "Error: -jar requires jar file specification\n");
                usage(stderr);
                exit(1);
            }
            l->jar = argv[i];
            i++;
            break;
        } else if (!strncmp(a, "-D", 2)) {
            char *kv = strdup(a + 2), *eq = strchr(kv, '=');
            if (eq)
                *eq = 0;
            vm_set_property(kv, eq ? eq + 1 : "");
        } else if (!strcmp(a, "-version")) {
            print_version(stderr, 1);
            exit(0);
        } else if (!strcmp(a, "--version")) {
            print_version(stdout, 0);
            exit(0);
        } else if (!strcmp(a, "-showversion")) {
            print_version(stderr, 1);
        } else if (!strcmp(a, "--show-version")) {
            print_version(stdout, 0);
        } else if (!strcmp(a, "-help") || !strcmp(a, "-h") || !strcmp(a, "-?")) {
            usage(stderr);      /* java: -help to stderr, --help to stdout */
            exit(0);
        } else if (!strcmp(a, "--help")) {
            usage(stdout);
            exit(0);
        } else if (!strcmp(a, "-Xint")) {
            jit_enabled = 0;
        } else if (!strcmp(a, "-Xmixed") || !strcmp(a, "-Xbatch") ||
                   !strcmp(a, "-server") || !strcmp(a, "-client") || !strncmp(a, "-Xshare", 7) ||
                   !strcmp(a, "-Xrs") || !strncmp(a, "-Xcomp", 6) ||
                   !strcmp(a, "-Xnoclassgc") || !strncmp(a, "-verbose:gc", 11) ||
                   !strcmp(a, "-Xdiag") || !strncmp(a, "-Xcheck", 7)) {
            /* accepted; nothing to change */
        } else if (!strcmp(a, "-Xverify:none") || !strcmp(a, "-noverify")) {
            verify_remote = false;
            vm_warn("Options -Xverify:none and -noverify were deprecated in JDK 13 and will likely be "
                       "removed in a future release.");
        } else if (!strcmp(a, "-Xverify:all") || !strcmp(a, "-Xverify:remote") || !strcmp(a, "-Xverify")) {
            verify_remote = true;
        } else if (!strcmp(a, "-verbose:gc")) {
            vm_opts.log_gc = 1;
        } else if (!strncmp(a, "-Xmx", 4) || !strncmp(a, "-Xms", 4) || !strncmp(a, "-Xss", 4) ||
                   !strncmp(a, "-Xmn", 4)) {
            size_t v = parse_size(a + 4);
            if (!v) {
                const char *what = a[3] == 'x' ? "Invalid maximum heap size: %s\n"
                                 : a[3] == 's' && a[2] == 'm' ? "Invalid initial heap size: %s\n"
                                 : a[3] == 'n' ? "Invalid maximum new generation size: %s\n"
                                               : "Invalid thread stack size: %s\n";
                create_vm_failed(what, a);
            }
            if (!strncmp(a, "-Xmx", 4))
                vm_opts.heap_max = v;
            else if (!strncmp(a, "-Xms", 4))
                vm_opts.heap_initial = v;
            else if (!strncmp(a, "-Xmn", 4))
                vm_opts.heap_young = v;
            else if (!strncmp(a, "-Xss", 4))
                vm_opts.stack_size = v;
        } else if (!strncmp(a, "-Xbootclasspath:", 16)) {
            vm_opts.bootclasspath = a + 16;
        } else if (!strncmp(a, "-XX:", 4)) {
            xx_option(a + 4);
        } else if (!strncmp(a, "-Xlog", 5)) {
            xlog_option(a[5] == ':' ? a + 6 : "");
        } else if (!strcmp(a, "-verbose:class") || !strcmp(a, "-verbose")) {
            vm_opts.log_class_load = 1;
        } else if (!strcmp(a, "-ea") || !strcmp(a, "-enableassertions") || !strncmp(a, "-ea:", 4) ||
                   !strncmp(a, "-enableassertions:", 18)) {
            vm_assertions_enabled = 1;
        } else if (!strcmp(a, "-da") || !strcmp(a, "-disableassertions") || !strncmp(a, "-da:", 4) ||
                   !strcmp(a, "-esa") || !strcmp(a, "-dsa")) {
            if (a[1] == 'd' && a[2] == 'a')
                vm_assertions_enabled = 0;
        } else {
            create_vm_failed("Unrecognized option: %s\n", a);
        }
    }
    if (!l->jar) {
        if (i >= argc) {
            usage(stderr);
            exit(1);
        }
        l->main_class = argv[i++];
    }
    l->argc = argc - i;
    l->argv = argv + i;
}

/* ---- the main class ------------------------------------------------------- */

static _Noreturn void finish(Thread *t, int status)
{
    vm_exit(t, status);
}

static Class *load_main_class(Thread *t, const char *dotted)
{
    char *name = strdup(dotted);
    for (char *p = name; *p; p++)
        if (*p == '.')
            *p = '/';
    Class *c = load_class(t, name, LOADER_APP);
    if (!c) {
        char *shown = strdup(dotted);
        for (char *p = shown; *p; p++)
            if (*p == '/')
                *p = '.';
        fflush(stdout);
        fprintf(stderr, "Error: Could not find or load main class %s\n", shown);
        if (t->exception) {
            Object *msg = FIELD_AT(t->exception, throwable_detail_off, Object *);
            char *m = msg ? vm_string_utf8(msg) : NULL;
            fprintf(stderr, "Caused by: %s%s%s\n", class_java_name(t->exception->cls), m ? ": " : "",
                    m ? m : "");
            free(m);
        } else {
            fprintf(stderr, "Caused by: java.lang.ClassNotFoundException: %s\n", shown);
        }
        free(shown);
        free(name);
        exit(1);
    }
    free(name);
    return c;
}

int main(int argc, char **argv)
{
    /* As in HotSpot, a closed pipe is an I/O error for Java (PrintStream
     * swallows it), not a signal that kills the VM. */
    signal(SIGPIPE, SIG_IGN);
    log_init();
    Launch l = {0};
    vm_default_properties();
    parse_args(argc, argv, &l);
    char *jar_main = NULL;
    if (l.jar) {
        vm_opts.classpath = l.jar;
        jar_main = jar_main_class(l.jar);
        if (!jar_main) {
            FILE *f = fopen(l.jar, "rb");
            if (!f)
                fprintf(stderr, "Error: Unable to access jarfile %s\n", l.jar);
            else {
                fclose(f);
                fprintf(stderr, "no main manifest attribute, in %s\n", l.jar);
            }
            return 1;
        }
        l.main_class = jar_main;
    }
    vm_set_property("java.class.path", vm_opts.classpath ? vm_opts.classpath : ".");
    if (vm_opts.log_class_load || vm_opts.trace_bytecodes)
        setvbuf(stdout, NULL, _IOLBF, 0);
    heap_init(vm_opts.heap_max);
    loader_init();
    Thread *t = thread_create_main();
    vm_start(t);

    Class *mc = load_main_class(t, l.main_class);
    if (!verify_link(t, mc)) {  /* the launcher's getMethod links the class */
        fflush(stdout);
        Object *msg = FIELD_AT(t->exception, throwable_detail_off, Object *);
        char *m = msg ? vm_string_utf8(msg) : NULL;
        fprintf(stderr, "Error: Unable to initialize main class %s\nCaused by: %s%s%s\n", class_java_name(mc),
                class_java_name(t->exception->cls), m ? ": " : "", m ? m : "");
        free(m);
        finish(t, 1);
    }
    Method *mm = find_declared_method(mc, "main", "([Ljava/lang/String;)V");
    if (!mm || !(mm->access & ACC_STATIC) || !(mm->access & ACC_PUBLIC)) {
        fflush(stdout);
        if (mm && !(mm->access & ACC_STATIC))
            fprintf(stderr, "Error: Main method is not static in class %s, please define the main "
                            "method as:\n   public static void main(String[] args)\n",
                    class_java_name(mc));
        else
            fprintf(stderr, "Error: Main method not found in class %s, please define the main method "
                            "as:\n   public static void main(String[] args)\nor a JavaFX application "
                            "class must extend javafx.application.Application\n",
                    class_java_name(mc));
        finish(t, 1);
    }
    ArrayObject *args = vm_new_object_array(t, cls_String, l.argc);
    if (!args)
        boot_failed(t, "argument array");
    VM_ROOT(t, args);
    for (int i = 0; i < l.argc; i++) {
        Object *s = vm_new_string(t, l.argv[i]);
        if (!s)
            boot_failed(t, "argument strings");
        vm_store_ref(&ARRAY_DATA(args, Object *)[i], s);
    }
    bool ok = ensure_init(t, mc);   /* <clinit> may move args: take it afterwards */
    if (ok) {
        Value a[1] = {{.l = &args->hdr}};
        ok = vm_invoke(t, mm, a, NULL);
    }
    VM_UNROOT(t, 1);
    if (!ok)
        uncaught_exception(t);
    thread_wait_others(t);
    finish(t, ok ? 0 : 1);
}
