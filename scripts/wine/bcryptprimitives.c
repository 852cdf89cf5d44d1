/* Wine 8 (Debian 12) has no bcryptprimitives.dll, and Rust's Windows standard library imports
 * ProcessPrng from it to seed HashMap and fill random buffers: without it a Rust .exe ends at
 * once (status c0000135). This stand-in gives ProcessPrng the semantics documented by
 * Microsoft (fill the buffer with random bytes, always return TRUE) over RtlGenRandom
 * (advapi32's SystemFunction036), which Wine does have. It is only ever copied into a
 * throwaway Wine prefix for the tests (scripts/wine-prefix); nothing ships with it. */
#include <windows.h>

BOOLEAN WINAPI SystemFunction036(PVOID buffer, ULONG length);

BOOL WINAPI ProcessPrng(PBYTE data, SIZE_T length)
{
    while (length > 0) {
        ULONG chunk = length > 0x10000000 ? 0x10000000 : (ULONG)length;
        if (!SystemFunction036(data, chunk))
            return FALSE;
        data += chunk;
        length -= chunk;
    }
    return TRUE;
}
