/* Sv48: the Sv39 checks with four levels, plus a 512 GiB leaf. */
#define SV48 1
#include "mmu.S"
