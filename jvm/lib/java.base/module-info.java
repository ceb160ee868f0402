/*
 * twovm's own java.base: a compact class library compiled against itself.
 * Everything a program may name is exported; the VM binds the natives.
 */
module java.base {
    exports java.io;
    exports java.lang;
    exports java.lang.annotation;
    exports java.lang.reflect;
    exports java.math;
    exports java.nio.charset;
    exports java.nio.file;
    exports java.nio.file.attribute;
    exports java.security;
    exports java.text;
    exports java.time;
    exports java.time.format;
    exports java.time.temporal;
    exports java.time.zone;
    exports java.time.chrono;
    exports java.util;
    exports java.util.concurrent;
    exports java.util.concurrent.atomic;
    exports java.util.concurrent.locks;
    exports java.util.function;
    exports java.util.regex;
    exports java.util.stream;
    exports java.util.zip;
}
