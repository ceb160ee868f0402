/*
 * classpath.h — finding class files and resources in directories and jars.
 *
 * A class path is a ':'-separated list of directories and jar (zip) files,
 * as `java -cp` takes.  Jar entries are read with zlib (stored or deflated);
 * the central directory is validated before use, so a corrupt jar yields
 * "not found"/an error, never a crash or an unbounded allocation.
 */
#ifndef JVM_CLASSPATH_H
#define JVM_CLASSPATH_H

#include <stddef.h>
#include <stdint.h>

typedef struct ClassPath ClassPath;

ClassPath *classpath_open(const char *spec);     /* never NULL; bad entries are skipped */
void classpath_close(ClassPath *cp);

/* Reads "java/lang/String.class" (or any resource path).  Returns a malloc'd
 * buffer and its length, or NULL if no entry has it. */
uint8_t *classpath_read(ClassPath *cp, const char *path, size_t *len);

/* The Main-Class attribute of a jar's META-INF/MANIFEST.MF, with '.' as in
 * the manifest; malloc'd, or NULL (no manifest / no attribute / not a jar). */
char *jar_main_class(const char *jar_path);

#endif
