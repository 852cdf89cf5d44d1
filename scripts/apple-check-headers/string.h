/* Stand-in for the SDK's string.h: the functions ring's C code calls. See README.md. */
#ifndef BEACON_STUB_STRING_H
#define BEACON_STUB_STRING_H
#include <stddef.h>
void *memcpy(void *dst, const void *src, size_t n);
void *memmove(void *dst, const void *src, size_t n);
void *memset(void *dst, int c, size_t n);
int memcmp(const void *a, const void *b, size_t n);
size_t strlen(const char *s);
#endif
