/*
 * unicode.c — java.lang.Character's Unicode data: general category and
 * boolean properties, case mappings, digit and numeric values, and the
 * String case mappings that expand (ß -> SS).  The tables in
 * unicode_data.h are generated from JDK 17 by gen/GenUnicode.java, so every
 * code point answers as on HotSpot.  Lookups are binary searches over runs.
 */
#include <stdint.h>

#include "jvm/vm.h"

typedef struct { int32_t start; int32_t props; } PropRun;
typedef struct { int32_t start, end, delta, step; } CaseRun;
typedef struct { int32_t start, end, digit0, num0, inc; } NumRun;
typedef struct { int32_t cp; int32_t len; uint16_t chars[3]; } SpecialCase;

#include "jvm/native/unicode_data.h"

#define COUNT(a) ((int32_t)(sizeof(a) / sizeof((a)[0])))

static int32_t props_of(int32_t cp)
{
    if (cp < 0 || cp > 0x10FFFF) return 0;
    int32_t lo = 0, hi = COUNT(uni_props) - 1;
    while (lo < hi) {                   /* last run starting at or before cp */
        int32_t mid = (lo + hi + 1) / 2;
        if (uni_props[mid].start <= cp) lo = mid;
        else hi = mid - 1;
    }
    return uni_props[lo].props;
}

static int32_t map_case(const CaseRun *runs, int32_t n, int32_t cp)
{
    int32_t lo = 0, hi = n - 1;
    while (lo <= hi) {
        int32_t mid = (lo + hi) / 2;
        if (cp < runs[mid].start) hi = mid - 1;
        else if (cp > runs[mid].end) lo = mid + 1;
        else return (cp - runs[mid].start) % runs[mid].step == 0 ? cp + runs[mid].delta : cp;
    }
    return cp;
}

/* Character.props0(int): type in bits 0..4, boolean properties above. */
static void ch_props(Thread *t, Value *a, Value *r)
{
    (void)t;
    r->i = props_of(a[0].i);
}

static void ch_upper(Thread *t, Value *a, Value *r)
{
    (void)t;
    r->i = map_case(uni_upper, COUNT(uni_upper), a[0].i);
}

static void ch_lower(Thread *t, Value *a, Value *r)
{
    (void)t;
    r->i = map_case(uni_lower, COUNT(uni_lower), a[0].i);
}

static void ch_title(Thread *t, Value *a, Value *r)
{
    (void)t;
    r->i = map_case(uni_title, COUNT(uni_title), a[0].i);
}

static const NumRun *num_run(int32_t cp)
{
    int32_t lo = 0, hi = COUNT(uni_num) - 1;
    while (lo <= hi) {
        int32_t mid = (lo + hi) / 2;
        if (cp < uni_num[mid].start) hi = mid - 1;
        else if (cp > uni_num[mid].end) lo = mid + 1;
        else return &uni_num[mid];
    }
    return NULL;
}

/* Character.digit36(int): digit(c, 36) (radix checks are done in Java). */
static void ch_digit(Thread *t, Value *a, Value *r)
{
    (void)t;
    const NumRun *n = num_run(a[0].i);
    r->i = !n || n->digit0 < 0 ? -1 : n->digit0 + n->inc * (a[0].i - n->start);
}

/* Character.numeric0(int): getNumericValue (-2 for fractions and the like). */
static void ch_numeric(Thread *t, Value *a, Value *r)
{
    (void)t;
    const NumRun *n = num_run(a[0].i);
    r->i = !n ? -1 : (n->num0 < 0 ? n->num0 : n->num0 + n->inc * (a[0].i - n->start));
}

static const SpecialCase *special(const SpecialCase *t, int32_t n, int32_t cp)
{
    int32_t lo = 0, hi = n - 1;
    while (lo <= hi) {
        int32_t mid = (lo + hi) / 2;
        if (cp < t[mid].cp) hi = mid - 1;
        else if (cp > t[mid].cp) lo = mid + 1;
        else return &t[mid];
    }
    return NULL;
}

/* Character.specialCase0(int cp, boolean upper): the String mapping when it is not one char, else null. */
static void ch_special(Thread *t, Value *a, Value *r)
{
    const SpecialCase *s = a[1].i ? special(uni_special_upper, COUNT(uni_special_upper), a[0].i)
                                  : special(uni_special_lower, COUNT(uni_special_lower), a[0].i);
    r->l = s ? vm_new_string_utf16(t, s->chars, s->len) : NULL;
}

const NativeMethod unicode_natives[] = {
    {"java/lang/Character", "props0", "(I)I", ch_props},
    {"java/lang/Character", "upper0", "(I)I", ch_upper},
    {"java/lang/Character", "lower0", "(I)I", ch_lower},
    {"java/lang/Character", "title0", "(I)I", ch_title},
    {"java/lang/Character", "digit36", "(I)I", ch_digit},
    {"java/lang/Character", "numeric0", "(I)I", ch_numeric},
    {"java/lang/Character", "specialCase0", "(IZ)Ljava/lang/String;", ch_special},
    {0},
};
