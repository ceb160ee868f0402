/*
 * classfile.h — the parsed, format-checked form of one .class file (JVMS ch. 4).
 *
 * cf_parse() either returns a ClassFile whose every cross-reference has been
 * checked (JVMS §4.8 format checking: constant-pool indices point at entries
 * of the right tag, names and descriptors are well formed, lengths fit the
 * buffer, code attributes are consistent) or returns NULL and fills CfError
 * with the Java error class and HotSpot-like message.  It never reads past
 * `len`, never trusts a count before checking it against the bytes left, and
 * frees everything it allocated on failure.
 *
 * All strings are NUL-terminated copies of the modified-UTF-8 bytes (modified
 * UTF-8 never contains a 0 byte, so this is lossless).  Everything lives in
 * one arena owned by the ClassFile; cf_free() releases it.
 */
#ifndef JVM_CLASSFILE_H
#define JVM_CLASSFILE_H

#include <stddef.h>
#include <stdint.h>

enum {
    CONST_Utf8 = 1, CONST_Integer = 3, CONST_Float = 4, CONST_Long = 5,
    CONST_Double = 6, CONST_Class = 7, CONST_String = 8, CONST_Fieldref = 9,
    CONST_Methodref = 10, CONST_InterfaceMethodref = 11, CONST_NameAndType = 12,
    CONST_MethodHandle = 15, CONST_MethodType = 16, CONST_Dynamic = 17,
    CONST_InvokeDynamic = 18, CONST_Module = 19, CONST_Package = 20,
};

enum {
    ACC_PUBLIC = 0x0001, ACC_PRIVATE = 0x0002, ACC_PROTECTED = 0x0004,
    ACC_STATIC = 0x0008, ACC_FINAL = 0x0010, ACC_SUPER = 0x0020,
    ACC_SYNCHRONIZED = 0x0020, ACC_VOLATILE = 0x0040, ACC_BRIDGE = 0x0040,
    ACC_TRANSIENT = 0x0080, ACC_VARARGS = 0x0080, ACC_NATIVE = 0x0100,
    ACC_INTERFACE = 0x0200, ACC_ABSTRACT = 0x0400, ACC_STRICT = 0x0800,
    ACC_SYNTHETIC = 0x1000, ACC_ANNOTATION = 0x2000, ACC_ENUM = 0x4000,
    ACC_MODULE = 0x8000,
};

/* One constant-pool entry.  Index 0 and the slot after a Long/Double have
 * tag 0.  For Class/String/MethodType/Module/Package, `a` is the Utf8 index;
 * for the *refs, `a` = class index, `b` = NameAndType index; for
 * NameAndType, `a` = name, `b` = descriptor; for MethodHandle, `kind` is the
 * reference kind (1..9) and `a` the referenced entry; for Dynamic and
 * InvokeDynamic, `a` = bootstrap-method index, `b` = NameAndType. */
typedef struct CpEntry {
    uint8_t tag;
    uint8_t kind;
    union {
        struct { uint16_t a, b; };
        int32_t i;
        float f;
        int64_t j;
        double d;
        struct { const char *s; uint32_t len; } utf8;
    };
} CpEntry;

typedef struct CfField {
    uint16_t access;
    const char *name, *desc;
    uint16_t constant_value;        /* cp index of ConstantValue, 0 if none */
} CfField;

typedef struct CfHandler {
    uint16_t start_pc, end_pc, handler_pc, catch_type; /* catch_type: cp Class index or 0 */
} CfHandler;

typedef struct CfLine {
    uint16_t start_pc, line;
} CfLine;

typedef struct CfLocalVar {         /* LocalVariableTable entry */
    uint16_t start_pc, length, slot;
    const char *name, *desc;
} CfLocalVar;

typedef struct CfMethod {
    uint16_t access;
    const char *name, *desc;
    /* Code attribute (absent for native/abstract: code == NULL). */
    uint16_t max_stack, max_locals;
    uint32_t code_len;
    const uint8_t *code;
    uint16_t n_handlers;
    CfHandler *handlers;
    uint16_t n_lines;
    CfLine *lines;                  /* LineNumberTable(s), concatenated */
    uint16_t n_exceptions;          /* Exceptions attribute: cp Class indices */
    uint16_t *exceptions;
    uint16_t n_locals;              /* LocalVariableTable(s), concatenated */
    CfLocalVar *locals;
    const uint8_t *stackmap;        /* StackMapTable attribute body (version >= 50), or NULL */
    uint32_t stackmap_len;
} CfMethod;

typedef struct CfBootstrap {
    uint16_t method_handle;         /* cp MethodHandle index */
    uint16_t n_args;
    uint16_t *args;                 /* cp indices of loadable constants */
} CfBootstrap;

typedef struct CfInnerClass {
    uint16_t inner_class, outer_class, inner_name; /* cp indices, 0 = none */
    uint16_t access;
} CfInnerClass;

typedef struct CfRecordComponent {
    const char *name, *desc;
} CfRecordComponent;

typedef struct ClassFile {
    uint16_t minor, major;
    uint16_t access;
    uint16_t cp_count;
    CpEntry *cp;
    const char *this_name;          /* internal form, e.g. "java/lang/String" */
    const char *super_name;         /* NULL only for java/lang/Object */
    uint16_t n_interfaces;
    const char **interfaces;
    uint16_t n_fields;
    CfField *fields;
    uint16_t n_methods;
    CfMethod *methods;
    const char *source_file;        /* SourceFile attribute or NULL */
    uint16_t n_bootstrap;
    CfBootstrap *bootstrap;
    const char *nest_host;          /* NestHost attribute or NULL */
    uint16_t n_nest_members;
    const char **nest_members;
    uint16_t n_inner;
    CfInnerClass *inner;
    const char *enclosing_class;    /* EnclosingMethod attribute or NULL */
    int is_record;                  /* Record attribute present */
    uint16_t n_record;
    CfRecordComponent *record;
    const char *signature;          /* Signature attribute or NULL */
    void *arena;                    /* private */
} ClassFile;

/* The Java error a parse failure maps to. */
typedef enum {
    CF_OK = 0,
    CF_CLASS_FORMAT_ERROR,          /* java/lang/ClassFormatError */
    CF_UNSUPPORTED_VERSION,         /* java/lang/UnsupportedClassVersionError */
    CF_OUT_OF_MEMORY,               /* java/lang/OutOfMemoryError */
    CF_NO_CLASS_DEF_FOUND,          /* java/lang/NoClassDefFoundError: wrong name, ACC_MODULE */
} CfErrorKind;

/* Internal name of the Java error class for a kind ("java/lang/ClassFormatError"). */
const char *cf_error_class(CfErrorKind kind);

typedef struct CfError {
    CfErrorKind kind;
    char msg[256];                  /* HotSpot-style message text */
} CfError;

/* Parse and format-check `len` bytes.  `expected_name` (internal form, may be
 * NULL) is the name the loader looked for; it is used in messages and, as in
 * HotSpot, checked against this_class right after the constant pool:
 * a mismatch is CF_NO_CLASS_DEF_FOUND "Foo (wrong name: Bar)" where Foo
 * was expected and the file holds Bar. */
ClassFile *cf_parse(const uint8_t *data, size_t len, const char *expected_name, CfError *err);
void cf_free(ClassFile *cf);

/* Helpers over a parsed file (indices already validated by cf_parse). */
const char *cf_utf8(const ClassFile *cf, uint16_t index);       /* Utf8 entry */
const char *cf_class_name(const ClassFile *cf, uint16_t index); /* Class entry -> name */
void cf_name_and_type(const ClassFile *cf, uint16_t nat_index, const char **name, const char **desc);

/* Descriptor checks (JVMS §4.3), exposed for the loader and tests. */
int cf_valid_field_descriptor(const char *d);
int cf_valid_method_descriptor(const char *d);
int cf_valid_class_name(const char *name);  /* internal form or array descriptor */

#endif
