// PCRE2 with 8-bit code units: Swift strings are UTF-8, so patterns and texts are passed as
// they are stored, without conversion.
#define PCRE2_CODE_UNIT_WIDTH 8
#include <pcre2.h>
