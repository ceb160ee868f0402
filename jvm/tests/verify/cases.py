"""cases.py — hand-built methods for the verifier, valid and invalid.

usage: cases.py <outdir>

Writes one class per case into <outdir> (C00 ... in the unnamed package,
each with a static or instance method `m` holding the case's bytecode) and
prints one line per case: "<class> <mode>", mode "exact" (the outcome line
VqDriver prints, i.e. the error class and its whole message, must equal
HotSpot's) or "verdict" (only ok / the error class must:
used for version < 50, whose messages come from HotSpot's old verifier).
run-verify.sh runs VqDriver over them under HotSpot and bin/jvm.  What each
case expects is deliberately not written here: HotSpot is the truth.
"""
import os
import struct
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from classgen import Cls  # noqa: E402

OBJ, STR, THR = "java/lang/Object", "java/lang/String", "java/lang/Throwable"
cases = []


def case(mode="exact", version=61):
    def deco(fn):
        cases.append((fn, mode, version))
        return fn
    return deco


def br(off):
    return list(struct.pack(">h", off))


# ---- operand stack and locals --------------------------------------------
@case()
def stack_overflow(c):
    c.add_method(9, "m", "()V", [4, 4, 0x57, 0x57, 0xb1], 1, 0)


@case()
def stack_underflow(c):
    c.add_method(9, "m", "()V", [0x57, 0xb1], 1, 0)


@case()
def iadd_on_reference(c):
    c.add_method(9, "m", "(Ljava/lang/String;)V", [4, 0x2a, 0x60, 0x57, 0xb1], 2, 1)


@case()
def ladd_on_ints(c):
    c.add_method(9, "m", "()V", [4, 4, 4, 4, 0x61, 0x58, 0xb1], 4, 0)


@case()
def iload_of_unset_local(c):
    c.add_method(9, "m", "()V", [0x1b, 0x57, 0xb1], 1, 2)


@case()
def local_index_too_big(c):
    c.add_method(9, "m", "()V", [0x1b, 0x57, 0xb1], 1, 1)


@case()
def lload_of_two_ints(c):
    c.add_method(9, "m", "(II)V", [0x1e, 0x58, 0xb1], 2, 2)


@case()
def long_half_overwritten(c):
    # lconst_0 lstore_0 iconst_1 istore_1 lload_0 pop2 return
    c.add_method(9, "m", "()V", [9, 0x3f, 4, 0x3c, 0x1e, 0x58, 0xb1], 2, 2)


@case()
def astore_of_int(c):
    c.add_method(9, "m", "()V", [4, 0x4b, 0xb1], 1, 1)


@case()
def dup_of_long(c):
    c.add_method(9, "m", "()V", [9, 0x59, 0xb1], 4, 0)


# ---- control flow and stack maps ------------------------------------------
@case()
def branch_without_frame(c):
    c.add_method(9, "m", "()V", [3, 0x3b, 0xa7] + br(3) + [0xb1], 1, 1)


@case()
def branch_frame_mismatch(c):
    # iconst_0 ifeq L; L: return -- frame at L claims an int local the code never set
    c.add_method(9, "m", "()V", [3, 0x99] + br(3) + [0xb1], 1, 1, frames=[(4, ["int"], [])])


@case()
def branch_stack_size_mismatch(c):
    # iconst_1 iconst_0 ifeq L; pop; L: return   (frame at L: empty stack)
    c.add_method(9, "m", "()V", [4, 3, 0x99] + br(4) + [0x57, 0xb1], 2, 0, frames=[(6, [], [])])


@case()
def fall_through_into_frame_mismatch(c):
    # goto L1; L0: return(unreached) ; L1: iconst_0 istore_0 L2(frame says int in local 0 but fall-through has it)
    c.add_method(9, "m", "()V", [0xa7] + br(4) + [0xb1, 3, 0x3b, 0xb1], 1, 1,
                 frames=[(3, [], []), (4, [], [])])


@case()
def missing_frame_after_goto(c):
    c.add_method(9, "m", "()V", [0xa7] + br(4) + [0x00, 0xb1], 1, 0, frames=[(4, [], [])])


@case()
def falls_off_code_end(c):
    c.add_method(9, "m", "()V", [0x00], 1, 0)


@case()
def branch_into_instruction(c):
    c.add_method(9, "m", "()V", [0xa7] + br(4) + [0x10, 0x05, 0xb1], 1, 0, frames=[(3, [], [])])


@case()
def branch_outside_code(c):
    c.add_method(9, "m", "()V", [0xa7] + br(100) + [0xb1], 1, 0)


@case()
def undefined_opcode(c):
    c.add_method(9, "m", "()V", [0xfe, 0xb1], 1, 0)


@case()
def hotspot_internal_opcode(c):
    c.add_method(9, "m", "()V", [0x00, 0xdc, 0xb1], 1, 0)


@case()
def jsr_in_new_class_file(c):
    c.add_method(9, "m", "()V", [0xa8] + br(4) + [0xb1, 0x4b, 0xa9, 0x00], 1, 1)


@case()
def bad_stackmap_class_index(c):
    c.add_method(9, "m", "()V", [3, 0x99] + br(3) + [0xb1], 1, 1, frames=[(4, [("cp", 1)], [])])


@case("verdict", 50)
def nonzero_switch_padding_v50(c):
    # iconst_0; tableswitch with alignment bytes 01 00, default and case 0 -> return
    code = [3, 0xaa, 1, 0] + list(struct.pack(">iii", 19, 0, 0)) + list(struct.pack(">i", 19)) + [0xb1]
    c.add_method(9, "m", "()V", code, 1, 0, frames=[(20, [], [])])


@case()
def nonzero_switch_padding(c):
    # iconst_0; tableswitch with alignment bytes 01 00, default and case 0 -> return
    code = [3, 0xaa, 1, 0] + list(struct.pack(">iii", 19, 0, 0)) + list(struct.pack(">i", 19)) + [0xb1]
    c.add_method(9, "m", "()V", code, 1, 0, frames=[(20, [], [])])


# ---- returns and types --------------------------------------------------------
@case()
def return_value_from_void(c):
    c.add_method(9, "m", "()V", [3, 0xac], 1, 0)


@case()
def void_return_from_int(c):
    c.add_method(9, "m", "()I", [0xb1], 1, 0)


@case()
def wrong_reference_returned(c):
    c.add_method(9, "m", "(Ljava/lang/Object;)Ljava/lang/String;", [0x2a, 0xb0], 1, 1)


@case()
def athrow_of_string(c):
    c.add_method(9, "m", "(Ljava/lang/String;)V", [0x2a, 0xbf], 1, 1)


@case()
def arraylength_of_int(c):
    c.add_method(9, "m", "()V", [3, 0xbe, 0x57, 0xb1], 1, 0)


@case()
def iaload_from_object_array(c):
    c.add_method(9, "m", "([Ljava/lang/Object;)V", [0x2a, 3, 0x2e, 0x57, 0xb1], 2, 1)


@case()
def aastore_int_value(c):
    c.add_method(9, "m", "([Ljava/lang/Object;)V", [0x2a, 3, 3, 0x53, 0xb1], 3, 1)


@case()
def getfield_wrong_receiver(c):
    c.add_field(0, "f", "I")
    c.add_method(9, "m", "(Ljava/lang/String;)V", [0x2a, 0xb4] + list(struct.pack(">H", c.field(c.name, "f", "I")))
                 + [0x57, 0xb1], 1, 1)


@case()
def invokevirtual_wrong_receiver(c):
    mr = c.method_ref(STR, "length", "()I")
    c.add_method(9, "m", "(Ljava/lang/Object;)V", [0x2a, 0xb6] + list(struct.pack(">H", mr)) + [0x57, 0xb1], 1, 1)


@case()
def invoke_argument_mismatch(c):
    mr = c.method_ref(STR, "charAt", "(I)C")
    c.add_method(9, "m", "(Ljava/lang/String;)V", [0x2a, 0x2a, 0xb6] + list(struct.pack(">H", mr)) + [0x57, 0xb1],
                 2, 1)


@case()
def catch_type_not_throwable(c):
    c.add_method(9, "m", "()V", [0x00, 0xb1, 0x57, 0xb1], 1, 0, handlers=[(0, 1, 2, STR)],
                 frames=[(2, [], [STR])])


@case()
def handler_frame_mismatch(c):
    c.add_method(9, "m", "()V", [0x00, 0xb1, 0x57, 0xb1], 1, 0, handlers=[(0, 1, 2, THR)],
                 frames=[(2, [], ["int"])])


@case()
def handler_without_frame(c):
    c.add_method(9, "m", "()V", [0x00, 0xb1, 0x57, 0xb1], 1, 0, handlers=[(0, 1, 2, THR)])


@case()
def bad_constant_pool_index(c):
    c.add_method(9, "m", "()V", [0xb2, 0, 1, 0xb1], 1, 0)


# ---- object initialization ------------------------------------------------------
@case()
def constructor_without_super(c):
    c.add_method(1, "<init>", "()V", [0xb1], 1, 1)
    c.add_method(9, "m", "()V", [0xb1], 0, 0)


@case()
def constructor_calls_unrelated_init(c):
    init = c.method_ref(STR, "<init>", "()V")
    c.add_method(1, "<init>", "()V", [0x2a, 0xb7] + list(struct.pack(">H", init)) + [0xb1], 1, 1)
    c.add_method(9, "m", "()V", [0xb1], 0, 0)


@case()
def use_before_init(c):
    k = c.klass(OBJ)
    hc = c.method_ref(OBJ, "hashCode", "()I")
    c.add_method(9, "m", "()V", [0xbb] + list(struct.pack(">H", k)) + [0xb6] + list(struct.pack(">H", hc))
                 + [0x57, 0xb1], 1, 0)


@case()
def wrong_init_for_new(c):
    k = c.klass(OBJ)
    init = c.method_ref(STR, "<init>", "()V")
    c.add_method(9, "m", "()V", [0xbb] + list(struct.pack(">H", k)) + [0xb7] + list(struct.pack(">H", init))
                 + [0xb1], 1, 0)


@case()
def new_array_class(c):
    k = c.klass("[I")
    c.add_method(9, "m", "()V", [0xbb] + list(struct.pack(">H", k)) + [0x57, 0xb1], 1, 0)


@case()
def valid_field_store_before_super(c):
    """legal: a constructor may set its own class's fields before super()"""
    c.add_field(0, "f", "I")
    f = c.field(c.name, "f", "I")
    init = c.method_ref(OBJ, "<init>", "()V")
    c.add_method(1, "<init>", "()V", [0x2a, 4, 0xb5] + list(struct.pack(">H", f)) + [0x2a, 0xb7]
                 + list(struct.pack(">H", init)) + [0xb1], 2, 1)
    c.add_method(9, "m", "()V", [0xb1], 0, 0)


@case()
def valid_new_dup_init_through_branch(c):
    """legal: an uninitialized object carried across a branch in a frame"""
    k = c.klass(OBJ)
    init = c.method_ref(OBJ, "<init>", "()V")
    code = ([0xbb] + list(struct.pack(">H", k)) + [0x59, 3, 0x99] + br(3)
            + [0xb7] + list(struct.pack(">H", init)) + [0x57, 0xb1])
    c.add_method(9, "m", "()V", code, 3, 0, frames=[(8, [], [("uninit", 0), ("uninit", 0)])])


@case()
def invokespecial_unrelated_class(c):
    mr = c.method_ref(STR, "length", "()I")
    c.add_method(1, "n", "()V", [0x2a, 0xb7] + list(struct.pack(">H", mr)) + [0x57, 0xb1], 1, 1)
    c.add_method(9, "m", "()V", [0xb1], 0, 0)


# ---- protected access (JVMS 4.10.1.8) ----------------------------------------------
@case()
def protected_clone_on_object(c):
    mr = c.method_ref(OBJ, "clone", "()Ljava/lang/Object;")
    c.add_method(9, "m", "(Ljava/lang/Object;)V", [0x2a, 0xb6] + list(struct.pack(">H", mr)) + [0x57, 0xb1], 1, 1)


@case()
def valid_protected_clone_on_array(c):
    mr = c.method_ref(OBJ, "clone", "()Ljava/lang/Object;")
    c.add_method(9, "m", "([I)V", [0x2a, 0xb6] + list(struct.pack(">H", mr)) + [0x57, 0xb1], 1, 1)


@case()
def valid_protected_clone_on_self(c):
    mr = c.method_ref(OBJ, "clone", "()Ljava/lang/Object;")
    c.add_method(1, "n", "()V", [0x2a, 0xb6] + list(struct.pack(">H", mr)) + [0x57, 0xb1], 1, 1)
    c.add_method(9, "m", "()V", [0xb1], 0, 0)


def protected_field_case(c, receiver):
    f = c.field("java/io/FilterOutputStream", "out", "Ljava/io/OutputStream;")
    c.add_method(9, "m", "(%s)V" % receiver, [0x2a, 0xb4] + list(struct.pack(">H", f)) + [0x57, 0xb1], 1, 1)


@case()
def protected_field_through_superclass(c):
    protected_field_case(c, "Ljava/io/FilterOutputStream;")


@case()
def valid_protected_field_through_self(c):
    protected_field_case(c, "L%s;" % c.name)


# ---- old class files (type inference) ----------------------------------------------
@case("verdict", 49)
def old_iadd_on_reference(c):
    c.add_method(9, "m", "(Ljava/lang/String;)V", [4, 0x2a, 0x60, 0x57, 0xb1], 2, 1)


@case("verdict", 49)
def old_inconsistent_stack_height(c):
    # iload_0 ifeq L; iconst_1; L: return
    c.add_method(9, "m", "(I)V", [0x1a, 0x99] + br(4) + [4, 0xb1], 1, 1)


@case("verdict", 49)
def old_merge_int_and_reference(c):
    # iload_0 ifeq L1; iconst_1 istore_1 goto L2; L1: aload_0?? -> aconst_null astore_1; L2: iload_1 pop return
    c.add_method(9, "m", "(I)V", [0x1a, 0x99] + br(8) + [4, 0x3c, 0xa7] + br(5) + [1, 0x4c, 0x1b, 0x57, 0xb1],
                 1, 2)


@case("verdict", 49)
def old_valid_merge_to_common_super(c):
    # either a String or an Integer in local 1, then used as an Object
    hc = c.method_ref(OBJ, "hashCode", "()I")
    s = c.string("x")
    vo = c.method_ref("java/lang/Integer", "valueOf", "(I)Ljava/lang/Integer;")
    code = ([0x1a, 0x99] + br(9) + [0x12, s, 0x4c, 0xa7] + br(8) + [4, 0xb8] + list(struct.pack(">H", vo))
            + [0x4c, 0x2b, 0xb6] + list(struct.pack(">H", hc)) + [0x57, 0xb1])
    c.add_method(9, "m", "(I)V", code, 1, 2)


@case("verdict", 49)
def old_valid_jsr_ret(c):
    # r = 0; jsr S; r += x; jsr S; return;  S: astore_2 iinc 1 10 ret 2
    code = [3, 0x3c, 0xa8] + br(12) + [0x1b, 0x1a, 0x60, 0x3c, 0xa8] + br(5) + [0x00, 0xb1, 0x4d, 0x84, 1, 10, 0xa9, 2]
    c.add_method(9, "m", "(I)V", code, 2, 3)


@case("verdict", 49)
def old_jsr_keeps_callers_locals(c):
    # local 1 is an int at one call site and a String at the other; the
    # subroutine does not touch it, so each return point keeps its own type
    s = c.string("x")
    ln = c.method_ref(STR, "length", "()I")
    code = ([4, 0x3c, 0xa8] + br(17)                      # 0 iconst_1 istore_1 jsr S
            + [0x1b, 0x57, 0x12, s, 0x4c, 0xa8] + br(9)    # 5 iload_1 pop ldc "x" astore_1 jsr S
            + [0x2b, 0xb6] + list(struct.pack(">H", ln)) + [0x57, 0xb1]  # 13 aload_1 invokevirtual length pop return
            + [0x4d, 0xa9, 2])                            # 19 S: astore_2 ret 2
    c.add_method(9, "m", "()V", code, 1, 3)


@case("verdict", 49)
def old_ret_without_address(c):
    c.add_method(9, "m", "()V", [3, 0x3b, 0xa9, 0], 1, 1)


@case("verdict", 49)
def old_falls_off_end(c):
    c.add_method(9, "m", "()V", [0x00], 1, 0)


@case("verdict", 50)
def failover_bad_frames_valid_code(c):
    """version 50: wrong stack map, correct code: HotSpot falls over to inference"""
    c.add_method(9, "m", "()V", [3, 0x99] + br(3) + [0xb1], 1, 1, frames=[(4, ["int"], [])])


@case("verdict", 50)
def failover_bad_code(c):
    c.add_method(9, "m", "(Ljava/lang/String;)V", [4, 0x2a, 0x60, 0x57, 0xb1], 2, 1)


def main():
    out = sys.argv[1]
    os.makedirs(out, exist_ok=True)
    for i, (fn, mode, version) in enumerate(cases):
        name = "C%02d_%s" % (i, fn.__name__)
        c = Cls(name, sup="java/io/FilterOutputStream" if "protected_field" in name else OBJ, version=version)
        fn(c)
        data = c.bytes()
        open(os.path.join(out, name + ".class"), "wb").write(data)
        print(name, mode)


main()
