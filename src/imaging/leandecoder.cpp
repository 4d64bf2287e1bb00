// A progressive JPEG cannot be decoded row by row: libjpeg keeps every DCT
// coefficient of the image (64 x 16 bits a block, 44 MB for a 14.7 MP 4:2:0
// photo, 88 MB at 4:4:4) until the last scan is in, and TurboJPEG offers no
// way around it. libjpeg lets the application replace its memory manager's
// "virtual block array" methods, which is where that buffer lives. Here the
// block rows that are not being worked on are kept packed (see packRow():
// most coefficients of a photo are zero or small), and a small ring of
// unpacked rows serves libjpeg's accesses, which move down the image one
// iMCU row at a time, once per scan and once for the output.
//
// Everything libjpeg calls back into is plain C-style code: libjpeg reports
// errors by longjmp(), which must not cross C++ frames with destructors.
#include "leandecoder.h"

#ifdef ZKGRAD_HAVE_JPEGLIB

#include <algorithm>
#include <array>
#include <bit>
#include <csetjmp>
#include <cstdint>
#include <cstdio> // jpeglib.h needs FILE and size_t
#include <cstdlib>
#include <cstring>

#include <jerror.h>
#include <jpeglib.h>

#if defined(__SSE2__) || defined(_M_X64)
#include <emmintrin.h>
#endif

namespace zkgrad::imaging::detail {

namespace {

constexpr int kMaxScans = 500; // as TurboJPEG's TJFLAG_LIMITSCANS
constexpr int kMaxArrays = 16; // one per component (at most 10) with room to spare

/** One block row in the packed form (see packRow()). */
struct PackedRow
{
    uint8_t *data;
    size_t size;
    size_t capacity;
};

// The worst case of a packed block: DC, the count byte, 63 AC values of 16 bits.
constexpr size_t kMaxPackedBlock = 2 + 1 + 63 * 2;

struct PackedArray
{
    JDIMENSION blocksPerRow = 0;
    JDIMENSION rows = 0;
    JDIMENSION maxAccess = 0;
    bool realized = false;
    PackedRow *packed = nullptr; // one per row; size 0 = all coefficients zero
    uint8_t *scratch = nullptr; // one row at the worst case, for packing
    JBLOCK *cache = nullptr; // slotCount * blocksPerRow unpacked blocks, 64-byte aligned
    void *cacheAllocation = nullptr; // what malloc returned for cache
    JDIMENSION slotCount = 0;
    JDIMENSION *cachedRow = nullptr; // row held by each slot, or rows (= none)
    bool *dirty = nullptr;
    JBLOCKROW *result = nullptr; // row pointers handed to libjpeg (slotCount)
};

/** Feeds libjpeg the stream pieces in order, without copying them. */
struct PieceSource
{
    jpeg_source_mgr pub;
    const StreamPiece *pieces;
    size_t count;
    size_t next;
};

void initSource(j_decompress_ptr) { }

boolean fillInput(j_decompress_ptr cinfo)
{
    auto *src = reinterpret_cast<PieceSource *>(cinfo->src);
    while (src->next < src->count) {
        const StreamPiece &piece = src->pieces[src->next++];
        if (piece.size > 0) {
            src->pub.next_input_byte = piece.data;
            src->pub.bytes_in_buffer = piece.size;
            return TRUE;
        }
    }
    // The end of the data without an EOI: warn (which stops the decode) and
    // end the stream, as libjpeg's own memory source does.
    static const JOCTET eoi[2] = { 0xFF, JPEG_EOI };
    WARNMS(cinfo, JWRN_JPEG_EOF);
    src->pub.next_input_byte = eoi;
    src->pub.bytes_in_buffer = 2;
    return TRUE;
}

void skipInput(j_decompress_ptr cinfo, long count)
{
    auto *src = reinterpret_cast<PieceSource *>(cinfo->src);
    if (count <= 0)
        return;
    while (count > long(src->pub.bytes_in_buffer)) {
        count -= long(src->pub.bytes_in_buffer);
        fillInput(cinfo);
    }
    src->pub.next_input_byte += count;
    src->pub.bytes_in_buffer -= size_t(count);
}

void termSource(j_decompress_ptr) { }

struct Decoder
{
    jpeg_decompress_struct cinfo;
    PieceSource source;
    jpeg_error_mgr errorManager;
    jpeg_progress_mgr progress;
    std::jmp_buf jump;
    char message[JMSG_LENGTH_MAX];
    jvirt_barray_ptr (*libraryRequestBarray)(j_common_ptr, int, boolean, JDIMENSION, JDIMENSION,
                                             JDIMENSION);
    void (*libraryRealize)(j_common_ptr);
    JBLOCKARRAY(*libraryAccessBarray)
    (j_common_ptr, jvirt_barray_ptr, JDIMENSION, JDIMENSION, boolean);
    PackedArray *arrays[kMaxArrays];
    int arrayCount;
    bool created;
};

Decoder *decoderOf(j_common_ptr cinfo)
{
    return static_cast<Decoder *>(cinfo->client_data);
}

void errorExit(j_common_ptr cinfo)
{
    Decoder *d = decoderOf(cinfo);
    (*cinfo->err->format_message)(cinfo, d->message);
    std::longjmp(d->jump, 1);
}

// A warning (corrupt data, premature end) stops the decode, as
// TJFLAG_STOPONWARNING does; trace messages are ignored.
void emitMessage(j_common_ptr cinfo, int level)
{
    if (level < 0)
        errorExit(cinfo);
}

void progressMonitor(j_common_ptr cinfo)
{
    auto *dinfo = reinterpret_cast<j_decompress_ptr>(cinfo);
    if (dinfo->input_scan_number > kMaxScans) {
        Decoder *d = decoderOf(cinfo);
        std::snprintf(d->message, sizeof d->message,
                      "Progressive JPEG image has more than %d scans", kMaxScans);
        std::longjmp(d->jump, 1);
    }
}

void outOfMemory(j_common_ptr cinfo)
{
    cinfo->err->msg_code = JERR_OUT_OF_MEMORY;
    cinfo->err->msg_parm.i[0] = 0;
    (*cinfo->err->error_exit)(cinfo);
}

jvirt_barray_ptr requestBarray(j_common_ptr cinfo, int poolId, boolean preZero,
                               JDIMENSION blocksPerRow, JDIMENSION rows, JDIMENSION maxAccess)
{
    Decoder *d = decoderOf(cinfo);
    // Only the whole-image coefficient buffer of a decompressor is ours.
    if (poolId != JPOOL_IMAGE || d->arrayCount >= kMaxArrays)
        return d->libraryRequestBarray(cinfo, poolId, preZero, blocksPerRow, rows, maxAccess);
    auto *a = static_cast<PackedArray *>(std::calloc(1, sizeof(PackedArray)));
    if (!a)
        outOfMemory(cinfo);
    a->blocksPerRow = blocksPerRow;
    a->rows = rows;
    a->maxAccess = std::max<JDIMENSION>(1, maxAccess);
    d->arrays[d->arrayCount++] = a;
    // libjpeg only passes the handle back to our access method.
    return reinterpret_cast<jvirt_barray_ptr>(a);
}

PackedArray *ours(Decoder *d, jvirt_barray_ptr handle)
{
    for (int i = 0; i < d->arrayCount; ++i) {
        if (reinterpret_cast<jvirt_barray_ptr>(d->arrays[i]) == handle)
            return d->arrays[i];
    }
    return nullptr;
}

void *allocate(j_common_ptr cinfo, size_t count, size_t size)
{
    if (size != 0 && count > SIZE_MAX / size)
        outOfMemory(cinfo);
    void *p = std::calloc(count ? count : 1, size ? size : 1);
    if (!p)
        outOfMemory(cinfo);
    return p;
}

// Rows handed out beyond each end of a window: two iMCU rows' worth (the
// window of a progressive file is five iMCU rows, maxAccess = 5 * v).
JDIMENSION margin(const PackedArray *a)
{
    return 2 * std::max<JDIMENSION>(1, (a->maxAccess + 4) / 5);
}

void realize(j_common_ptr cinfo)
{
    Decoder *d = decoderOf(cinfo);
    for (int i = 0; i < d->arrayCount; ++i) {
        PackedArray *a = d->arrays[i];
        if (a->realized)
            continue;
        // Empty rows read as zero coefficients, as libjpeg's pre-zeroed array.
        a->packed = static_cast<PackedRow *>(allocate(cinfo, a->rows, sizeof(PackedRow)));
        a->scratch = static_cast<uint8_t *>(allocate(cinfo, a->blocksPerRow, kMaxPackedBlock));
        a->slotCount = a->maxAccess + 2 * margin(a); // the window and a margin on each side
        // libjpeg-turbo's SIMD inverse DCTs load blocks with aligned
        // instructions (up to 32 bytes for AVX2), as its own arrays are.
        // (std::aligned_alloc is missing on MSVC: align by hand.)
        const size_t cacheBlocks = size_t(a->slotCount) * a->blocksPerRow;
        if (cacheBlocks > (SIZE_MAX - 64) / sizeof(JBLOCK))
            outOfMemory(cinfo);
        a->cacheAllocation = std::malloc(cacheBlocks * sizeof(JBLOCK) + 64);
        if (!a->cacheAllocation)
            outOfMemory(cinfo);
        const auto address = reinterpret_cast<uintptr_t>(a->cacheAllocation);
        // A 64-byte aligned block inside the allocation: the address is the point.
        // NOLINTNEXTLINE(performance-no-int-to-ptr)
        a->cache = reinterpret_cast<JBLOCK *>((address + 63) & ~uintptr_t(63));
        a->cachedRow = static_cast<JDIMENSION *>(allocate(cinfo, a->slotCount, sizeof(JDIMENSION)));
        for (JDIMENSION s = 0; s < a->slotCount; ++s)
            a->cachedRow[s] = a->rows;
        a->dirty = static_cast<bool *>(allocate(cinfo, a->slotCount, sizeof(bool)));
        a->result = static_cast<JBLOCKROW *>(allocate(cinfo, a->slotCount, sizeof(JBLOCKROW)));
        a->realized = true;
    }
    d->libraryRealize(cinfo);
}

// Natural (row-major) position of the i-th coefficient in zigzag order: high
// frequencies come last, and they are the ones that are mostly zero.
constexpr int kZigzag[64] = { 0,  1,  8,  16, 9,  2,  3,  10, 17, 24, 32, 25, 18, 11, 4,  5,
                              12, 19, 26, 33, 40, 48, 41, 34, 27, 20, 13, 6,  7,  14, 21, 28,
                              35, 42, 49, 56, 57, 50, 43, 36, 29, 22, 15, 23, 30, 37, 44, 51,
                              58, 59, 52, 45, 38, 31, 39, 46, 53, 60, 61, 54, 47, 55, 62, 63 };

// A packed block: DC (16 bits), a count byte n (bit 7: 16-bit values), then
// the AC coefficients 1..n in zigzag order (n = the last nonzero one), as 8
// or 16 bits. A photo's block takes 10 to 40 bytes instead of 128.
// zigzag index of each natural position (the inverse of kZigzag).
constexpr auto kZigzagIndex = [] {
    std::array<uint8_t, 64> inverse {};
    for (int i = 0; i < 64; ++i)
        inverse[size_t(kZigzag[i])] = uint8_t(i);
    return inverse;
}();

// Bit k set when coefficient k (natural order) is nonzero.
uint64_t nonzeroMask(const JCOEF *c)
{
#if defined(__SSE2__) || defined(_M_X64)
    const __m128i zero = _mm_setzero_si128();
    uint64_t mask = 0;
    for (int i = 0; i < 64; i += 16) {
        const __m128i a = _mm_loadu_si128(reinterpret_cast<const __m128i *>(c + i));
        const __m128i b = _mm_loadu_si128(reinterpret_cast<const __m128i *>(c + i + 8));
        const int zeros =
            _mm_movemask_epi8(_mm_packs_epi16(_mm_cmpeq_epi16(a, zero), _mm_cmpeq_epi16(b, zero)));
        mask |= uint64_t(~zeros & 0xFFFF) << i;
    }
    return mask;
#else
    uint64_t mask = 0;
    for (int k = 0; k < 64; ++k)
        mask |= uint64_t(c[k] != 0) << k;
    return mask;
#endif
}

void packRow(j_common_ptr cinfo, PackedArray *a, JDIMENSION row, const JBLOCK *blocks)
{
    uint8_t *out = a->scratch;
    for (JDIMENSION b = 0; b < a->blocksPerRow; ++b) {
        const JCOEF *c = blocks[b];
        int n = 0; // the last nonzero AC coefficient in zigzag order
        for (uint64_t m = nonzeroMask(c) & ~uint64_t(1); m; m &= m - 1)
            n = std::max(n, int(kZigzagIndex[size_t(std::countr_zero(m))]));
        std::memcpy(out, &c[0], 2);
        uint8_t *values = out + 3;
        int outside = 0; // nonzero when a value needs more than 8 bits
        for (int i = 1; i <= n; ++i) {
            const int v = c[kZigzag[i]];
            values[i - 1] = uint8_t(v);
            outside |= (v + 128) & ~0xFF;
        }
        if (outside) {
            for (int i = 1; i <= n; ++i)
                std::memcpy(values + 2 * (i - 1), &c[kZigzag[i]], 2);
        }
        out[2] = uint8_t(n | (outside ? 0x80 : 0));
        out = values + (outside ? 2 * n : n);
    }
    PackedRow &r = a->packed[row];
    const auto size = size_t(out - a->scratch);
    if (size > r.capacity) {
        // Rows grow as scans add coefficients: leave room for the next ones.
        const size_t capacity = size + size / 4;
        void *grown = std::realloc(r.data, capacity);
        if (!grown)
            outOfMemory(cinfo);
        r.data = static_cast<uint8_t *>(grown);
        r.capacity = capacity;
    }
    std::memcpy(r.data, a->scratch, size);
    r.size = size;
}

void unpackRow(const PackedArray *a, JDIMENSION row, JBLOCK *blocks)
{
    std::memset(blocks, 0, size_t(a->blocksPerRow) * sizeof(JBLOCK));
    const PackedRow &r = a->packed[row];
    if (r.size == 0)
        return;
    const uint8_t *in = r.data;
    for (JDIMENSION b = 0; b < a->blocksPerRow; ++b) {
        JCOEF *c = blocks[b];
        std::memcpy(&c[0], in, 2);
        const int n = in[2] & 0x7F;
        const bool wide = in[2] & 0x80;
        in += 3;
        if (wide) {
            for (int i = 1; i <= n; ++i, in += 2)
                std::memcpy(&c[kZigzag[i]], in, 2);
        } else {
            for (int i = 1; i <= n; ++i)
                // The stored coefficient is a signed byte: sign extension is what is meant.
                c[kZigzag[i]] = JCOEF(int8_t(*in++)); // NOLINT(bugprone-signed-char-misuse)
        }
    }
}

JBLOCKARRAY accessBarray(j_common_ptr cinfo, jvirt_barray_ptr handle, JDIMENSION startRow,
                         JDIMENSION numRows, boolean writable)
{
    Decoder *d = decoderOf(cinfo);
    PackedArray *a = ours(d, handle);
    if (!a)
        return d->libraryAccessBarray(cinfo, handle, startRow, numRows, writable);
    if (!a->realized || numRows > a->maxAccess || startRow > a->rows
        || numRows > a->rows - startRow) {
        cinfo->err->msg_code = JERR_BAD_VIRTUAL_ACCESS;
        (*cinfo->err->error_exit)(cinfo);
    }
    // libjpeg's own manager keeps the whole array in memory, and its block
    // smoothing (2.1.x) reads a row or two past the window it asked for, so
    // the rows around the window are loaded and handed out too.
    const JDIMENSION extra = margin(a);
    const JDIMENSION first = startRow > extra ? startRow - extra : 0;
    const JDIMENSION end = std::min(a->rows, startRow + numRows + extra);
    for (JDIMENSION row = first; row < end; ++row) {
        const JDIMENSION slot = row % a->slotCount;
        JBLOCK *blocks = a->cache + size_t(slot) * a->blocksPerRow;
        if (a->cachedRow[slot] != row) {
            if (a->cachedRow[slot] < a->rows && a->dirty[slot])
                packRow(cinfo, a, a->cachedRow[slot], blocks);
            unpackRow(a, row, blocks);
            a->cachedRow[slot] = row;
            a->dirty[slot] = false;
        }
        if (writable && row >= startRow && row < startRow + numRows)
            a->dirty[slot] = true;
        a->result[row - first] = blocks;
    }
    return a->result + (startRow - first);
}

void freeArrays(Decoder *d)
{
    for (int i = 0; i < d->arrayCount; ++i) {
        PackedArray *a = d->arrays[i];
        for (JDIMENSION r = 0; a->packed && r < a->rows; ++r)
            std::free(a->packed[r].data);
        std::free(a->packed);
        std::free(a->scratch);
        std::free(a->cacheAllocation);
        std::free(a->cachedRow);
        std::free(a->dirty);
        std::free(a->result);
        std::free(a);
    }
    d->arrayCount = 0;
}

void useSource(Decoder *d)
{
    d->source.pub.init_source = initSource;
    d->source.pub.fill_input_buffer = fillInput;
    d->source.pub.skip_input_data = skipInput;
    d->source.pub.resync_to_restart = jpeg_resync_to_restart;
    d->source.pub.term_source = termSource;
    d->source.pub.next_input_byte = nullptr;
    d->source.pub.bytes_in_buffer = 0;
    d->source.next = 0;
    d->cinfo.src = &d->source.pub;
}

// The output size, as libjpeg computes it. No object with a destructor lives
// in this frame or in run(): errors arrive by longjmp.
bool probe(Decoder *d, int scaleNum, int scaleDenom, bool gray, int *width, int *height)
{
    if (setjmp(d->jump))
        return false;
    jpeg_create_decompress(&d->cinfo);
    d->cinfo.client_data = d;
    useSource(d);
    jpeg_read_header(&d->cinfo, TRUE);
    d->cinfo.out_color_space = gray ? JCS_GRAYSCALE : JCS_RGB;
    d->cinfo.scale_num = unsigned(scaleNum);
    d->cinfo.scale_denom = unsigned(scaleDenom);
    jpeg_calc_output_dimensions(&d->cinfo);
    *width = int(d->cinfo.output_width);
    *height = int(d->cinfo.output_height);
    return true;
}

bool run(Decoder *d, int scaleNum, int scaleDenom, bool gray, uchar *bits, qsizetype bytesPerLine,
         int width, int height)
{
    if (setjmp(d->jump))
        return false;
    jpeg_create_decompress(&d->cinfo);
    d->created = true;
    d->cinfo.client_data = d;
    d->progress.progress_monitor = progressMonitor;
    d->cinfo.progress = &d->progress;
    jpeg_memory_mgr *mem = d->cinfo.mem;
    d->libraryRequestBarray = mem->request_virt_barray;
    d->libraryRealize = mem->realize_virt_arrays;
    d->libraryAccessBarray = mem->access_virt_barray;
    mem->request_virt_barray = requestBarray;
    mem->realize_virt_arrays = realize;
    mem->access_virt_barray = accessBarray;
    useSource(d);
    jpeg_read_header(&d->cinfo, TRUE);
    d->cinfo.out_color_space = gray ? JCS_GRAYSCALE : JCS_RGB;
    d->cinfo.scale_num = unsigned(scaleNum);
    d->cinfo.scale_denom = unsigned(scaleDenom);
    d->cinfo.dct_method = JDCT_ISLOW; // as TurboJPEG without TJFLAG_FASTDCT
    jpeg_start_decompress(&d->cinfo);
    if (int(d->cinfo.output_width) != width || int(d->cinfo.output_height) != height
        || d->cinfo.output_components != (gray ? 1 : 3)) {
        std::snprintf(d->message, sizeof d->message, "unexpected output size %ux%u",
                      unsigned(d->cinfo.output_width), unsigned(d->cinfo.output_height));
        return false;
    }
    while (d->cinfo.output_scanline < d->cinfo.output_height) {
        JSAMPROW row = bits + qsizetype(d->cinfo.output_scanline) * bytesPerLine;
        if (jpeg_read_scanlines(&d->cinfo, &row, 1) != 1) {
            std::snprintf(d->message, sizeof d->message, "no scanline decoded");
            return false;
        }
    }
    jpeg_finish_decompress(&d->cinfo);
    return true;
}

} // namespace

bool haveLeanDecoder()
{
    return true;
}

QImage decodeMultiScanLean(const std::vector<StreamPiece> &stream, int scaleNum, int scaleDenom,
                           bool gray, QString *error)
{
    auto *d = static_cast<Decoder *>(std::calloc(1, sizeof(Decoder)));
    if (!d) {
        *error = QStringLiteral("out of memory");
        return {};
    }
    d->cinfo.err = jpeg_std_error(&d->errorManager);
    d->errorManager.error_exit = errorExit;
    d->errorManager.emit_message = emitMessage;
    d->cinfo.client_data = d;
    d->source.pieces = stream.data();
    d->source.count = stream.size();

    int width = 0, height = 0;
    bool ok = probe(d, scaleNum, scaleDenom, gray, &width, &height);
    jpeg_destroy_decompress(&d->cinfo);
    QImage image;
    if (ok) {
        image = QImage(width, height, gray ? QImage::Format_Grayscale8 : QImage::Format_RGB888);
        ok = !image.isNull();
        if (!ok)
            std::snprintf(d->message, sizeof d->message, "out of memory");
    }
    if (ok) {
        ok = run(d, scaleNum, scaleDenom, gray, image.bits(), image.bytesPerLine(), width, height);
    }
    if (d->created)
        jpeg_destroy_decompress(&d->cinfo);
    freeArrays(d);
    if (!ok) {
        *error = QString::fromLocal8Bit(d->message);
        image = QImage();
    }
    std::free(d);
    return image;
}

} // namespace zkgrad::imaging::detail

#else // no jpeglib: the TurboJPEG decode is used for every file

namespace zkgrad::imaging::detail {

bool haveLeanDecoder()
{
    return false;
}

QImage decodeMultiScanLean(const std::vector<StreamPiece> &, int, int, bool, QString *error)
{
    *error = QStringLiteral("built without jpeglib");
    return {};
}

} // namespace zkgrad::imaging::detail

#endif
