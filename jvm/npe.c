/*
 * npe.c — helpful NullPointerException messages (JEP 358).  Placeholder:
 * no message yet.
 */
#include "jvm/runtime.h"

char *npe_message(Method *m, uint32_t bci)
{
    (void)m;
    (void)bci;
    return NULL;
}
