/*
 * verify.h — the bytecode verifier (JVMS §4.10), run when an application
 * class is linked (before its initialization, JVMS §5.4).
 *
 * Class files of version >= 50 are type-checked against their StackMapTable
 * (§4.10.1); version 50 falls back to type inference when that fails, as
 * HotSpot's FailOverToOldVerifier does; older files are verified by type
 * inference (§4.10.2, jsr/ret included).  Only classes of the application
 * loader are verified (HotSpot: BytecodeVerificationRemote on,
 * BytecodeVerificationLocal off); the class library is trusted.
 *
 * What an accepted method guarantees the interpreter: every instruction
 * starts on an instruction boundary and is a valid opcode; every branch,
 * switch and handler lands on one; the operand stack stays within
 * [0, max_stack] and every local index within max_locals; every value is
 * used at its type (ints as ints, references as references of a compatible
 * class, long/double as pairs); objects are initialized before use; the
 * method returns its declared type.
 */
#ifndef JVM_VERIFY_H
#define JVM_VERIFY_H

#include <stdbool.h>

#include "jvm/runtime.h"

/* -XX:-BytecodeVerificationRemote / -Xverify:none turn it off. */
extern bool verify_remote;

/* Verifies c's superclass and superinterfaces, then c, each once.  False
 * with t->exception set (VerifyError, or whatever loading a class the check
 * needed threw); c is then not marked verified and a later link attempt
 * verifies again, as HotSpot does. */
bool verify_link(Thread *t, Class *c);

/* Verifies one class (no supers); for tests.  Same result convention. */
bool verify_class(Thread *t, Class *c);

#endif
