// MemoryPolicy: after reuseFreedMemory(), the buffers a download or an unpack passes through
// come from the heap and stay there when freed, instead of a fresh mapping each time.
#include "core/MemoryPolicy.h"

#include <QTest>
#include <cstdlib>
#include <cstring>
#if defined(__GLIBC__)
#include <malloc.h>
#endif

class TestMemoryPolicy : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void largeBuffersAreReused();
};

void TestMemoryPolicy::largeBuffersAreReused()
{
#if !defined(__GLIBC__)
    QSKIP("the policy applies to glibc's allocator only");
#else
    constexpr size_t Buffer = 1024 * 1024; // above glibc's default 128 KB mmap threshold
    auto mapped = [] { return mallinfo2().hblkhd; };

    // Before: glibc maps a fresh block for a buffer this large.
    const size_t before = mapped();
    void* first = std::malloc(Buffer);
    QVERIFY(first);
    QCOMPARE_GT(mapped(), before);
    std::free(first);
    QCOMPARE(mapped(), before);

    ms::MemoryPolicy::reuseFreedMemory();
    // After: from the heap, and a freed one is handed out again rather than returned.
    void* a = std::malloc(Buffer);
    QVERIFY(a);
    QCOMPARE(mapped(), before);
    std::memset(a, 1, Buffer);
    const auto address = reinterpret_cast<quintptr>(a);
    const size_t heapBefore = mallinfo2().arena;
    std::free(a);
    QCOMPARE(mallinfo2().arena, heapBefore); // not trimmed away
    void* b = std::malloc(Buffer);
    QCOMPARE(reinterpret_cast<quintptr>(b), address);
    std::free(b);
#endif
}

QTEST_GUILESS_MAIN(TestMemoryPolicy)
#include "tst_memorypolicy.moc"
