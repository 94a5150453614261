#pragma once

namespace ms {

/// How the programs ask the C library to manage their heap.
class MemoryPolicy
{
public:
    /// Keeps freed memory in the process for the next allocation instead of handing it back
    /// to the kernel at once. A download or an unpack passes tens of megabytes through
    /// buffers of a few hundred kilobytes; glibc's defaults map each large buffer afresh
    /// (mmap) and return it (munmap) or trim the heap, so every 4 KB of it costs a page fault
    /// again. On the VM of docs/benchmarks.md a fault costs 11 µs, and this took 40–50 ms off
    /// a 50 MB install (docs/development.md, "Measuring"). Up to @c TrimBytes of free memory
    /// stay mapped. Call first thing in main(); it does nothing on other C libraries.
    static void reuseFreedMemory();

    static constexpr int MmapThresholdBytes = 32 * 1024 * 1024; ///< larger blocks are still mapped
    static constexpr int TrimBytes = 64 * 1024 * 1024;
};

} // namespace ms
