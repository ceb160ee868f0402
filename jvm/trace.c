/*
 * trace.c — -XX:+TraceBytecodes: one line per executed bytecode, in the
 * spirit of HotSpot's BytecodeTracer: a method header whenever execution
 * moves to another method, then "[tid] <count> <bci>  <mnemonic> <operands>".
 * The mnemonic is the instruction as the class file has it, even after the
 * interpreter quickened its private copy.
 */
#include <sys/syscall.h>
#include <unistd.h>

#include "jvm/opcodes.h"
#include "jvm/runtime.h"

static void print_method(Method *m)
{
    char sig[1024];
    method_java_sig(m->cls->name, m->name, m->desc, sig, sizeof sig);
    printf("%s%s\n", (m->access & ACC_STATIC) ? "static " : "virtual ", sig);
}

static void print_cp_ref(ClassFile *cf, uint16_t idx)
{
    if (!cf || idx == 0 || idx >= cf->cp_count)
        return;
    const CpEntry *e = &cf->cp[idx];
    const char *name, *desc;
    switch (e->tag) {
    case CONST_Fieldref:
    case CONST_Methodref:
    case CONST_InterfaceMethodref:
        cf_name_and_type(cf, e->b, &name, &desc);
        printf(" <%s.%s%s%s>", cf_class_name(cf, e->a), name,
               e->tag == CONST_Fieldref ? ":" : "", desc);
        break;
    case CONST_Class: printf(" <%s>", cf_class_name(cf, idx)); break;
    case CONST_String: printf(" <String \"%.40s\">", cf_utf8(cf, e->a)); break;
    case CONST_Integer: printf(" <%d>", e->i); break;
    case CONST_Float: printf(" <%gf>", (double)e->f); break;
    case CONST_Long: printf(" <%lldL>", (long long)e->j); break;
    case CONST_Double: printf(" <%gd>", e->d); break;
    case CONST_InvokeDynamic:
        cf_name_and_type(cf, e->b, &name, &desc);
        printf(" <%s%s>", name, desc);
        break;
    }
}

void trace_bytecode(Thread *t, Method *m, const uint8_t *pc)
{
    static Method *last;
    static long count;
    long tid = VMT(t)->tid;
    uint32_t bci = (uint32_t)(pc - m->code);
    const uint8_t *code = m->cfm ? m->cfm->code : m->code;
    const uint8_t *p = code + bci;
    ClassFile *cf = m->cfm ? m->cls->cf : NULL;
    if (m != last) {
        printf("[%ld] ", tid);
        print_method(m);
        last = m;
    }
    printf("[%ld] %7ld %5u  %s", tid, ++count, bci, opcode_names[*p]);
    switch (*p) {
    case OP_bipush: printf(" %d", (int8_t)p[1]); break;
    case OP_sipush: printf(" %d", (int16_t)be16(p + 1)); break;
    case OP_ldc: printf(" %u", p[1]); print_cp_ref(cf, p[1]); break;
    case OP_iload: case OP_lload: case OP_fload: case OP_dload: case OP_aload:
    case OP_istore: case OP_lstore: case OP_fstore: case OP_dstore: case OP_astore: case OP_ret:
        printf(" #%u", p[1]);
        break;
    case OP_iinc: printf(" #%u %d", p[1], (int8_t)p[2]); break;
    case OP_newarray: printf(" %u", p[1]); break;
    case OP_ldc_w: case OP_ldc2_w: case OP_getstatic: case OP_putstatic: case OP_getfield:
    case OP_putfield: case OP_invokevirtual: case OP_invokespecial: case OP_invokestatic:
    case OP_invokeinterface: case OP_invokedynamic: case OP_new: case OP_anewarray:
    case OP_checkcast: case OP_instanceof: case OP_multianewarray:
        if (cf) {
            printf(" %u", be16(p + 1));
            print_cp_ref(cf, be16(p + 1));
        }
        break;
    case OP_ifeq: case OP_ifne: case OP_iflt: case OP_ifge: case OP_ifgt: case OP_ifle:
    case OP_if_icmpeq: case OP_if_icmpne: case OP_if_icmplt: case OP_if_icmpge:
    case OP_if_icmpgt: case OP_if_icmple: case OP_if_acmpeq: case OP_if_acmpne:
    case OP_ifnull: case OP_ifnonnull: case OP_goto: case OP_jsr:
        printf(" %d", (int)bci + (int16_t)be16(p + 1));
        break;
    }
    putchar('\n');
}
