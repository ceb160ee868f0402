/* decode_legal: prints, for each instruction word read as hex from stdin
 * (one per line), "1" if hv's decoder accepts it and "0" if it decodes to
 * an illegal instruction.  hv/tests/run-decode.sh compares this with the
 * GNU disassembler's view. */
#include <stdio.h>

#include "hv/decode.h"

int main(void)
{
    unsigned long w;
    while (scanf("%lx", &w) == 1) {
        Insn in;
        printf("%d\n", hv_decode((uint32_t)w, &in) != OP_ILLEGAL);
    }
    return 0;
}
