#include "core/MemoryPolicy.h"

#include <cstdlib> // defines __GLIBC__ on glibc
#if defined(__GLIBC__)
#include <malloc.h>
#endif

namespace ms {

void MemoryPolicy::reuseFreedMemory()
{
#if defined(__GLIBC__)
    // Setting either turns off glibc's sliding threshold, which starts at 128 KB.
    (void)::mallopt(M_MMAP_THRESHOLD, MmapThresholdBytes);
    (void)::mallopt(M_TRIM_THRESHOLD, TrimBytes);
#endif
}

} // namespace ms
