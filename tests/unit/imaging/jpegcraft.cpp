#include "jpegcraft.h"

#ifdef ZKGRAD_HAVE_JPEGLIB

#include <csetjmp>
#include <cstdio>
#include <cstdlib>
#include <vector>

#include <jpeglib.h>

namespace jpegcraft {

namespace {
struct ErrorManager
{
    jpeg_error_mgr pub;
    std::jmp_buf jump;
};

void onError(j_common_ptr cinfo)
{
    // libjpeg's default exits the process; a test must fail instead.
    std::longjmp(reinterpret_cast<ErrorManager *>(cinfo->err)->jump, 1);
}

// Runs one compression; configure() sets the parameters after defaults.
template<typename Configure, typename Row>
QByteArray compress(int width, int height, int components, J_COLOR_SPACE in, Configure configure,
                    Row row)
{
    jpeg_compress_struct cinfo {};
    ErrorManager err {};
    cinfo.err = jpeg_std_error(&err.pub);
    err.pub.error_exit = onError;
    unsigned char *out = nullptr;
    unsigned long size = 0;
    std::vector<unsigned char> line(size_t(width) * components);
    if (setjmp(err.jump)) {
        jpeg_destroy_compress(&cinfo);
        std::free(out);
        return {};
    }
    jpeg_create_compress(&cinfo);
    jpeg_mem_dest(&cinfo, &out, &size);
    cinfo.image_width = JDIMENSION(width);
    cinfo.image_height = JDIMENSION(height);
    cinfo.input_components = components;
    cinfo.in_color_space = in;
    jpeg_set_defaults(&cinfo);
    jpeg_set_quality(&cinfo, 90, TRUE);
    configure(cinfo);
    jpeg_start_compress(&cinfo, TRUE);
    while (cinfo.next_scanline < cinfo.image_height) {
        row(int(cinfo.next_scanline), line.data());
        JSAMPROW rows[1] = { line.data() };
        jpeg_write_scanlines(&cinfo, rows, 1);
    }
    jpeg_finish_compress(&cinfo);
    QByteArray result(reinterpret_cast<const char *>(out), qsizetype(size));
    jpeg_destroy_compress(&cinfo);
    std::free(out);
    return result;
}
} // namespace

bool available()
{
    return true;
}

QByteArray cmykAdobe(const QImage &input)
{
    const QImage rgb = input.convertToFormat(QImage::Format_RGB888);
    return compress(
        rgb.width(), rgb.height(), 4, JCS_CMYK,
        [](jpeg_compress_struct &c) { jpeg_set_colorspace(&c, JCS_YCCK); },
        [&](int y, unsigned char *line) {
            const uchar *p = rgb.constScanLine(y);
            for (int x = 0; x < rgb.width(); ++x) {
                const int r = p[x * 3], g = p[x * 3 + 1], b = p[x * 3 + 2];
                const int k = 255 - std::max(r, std::max(g, b));
                const int c = k == 255 ? 0 : (255 - r - k) * 255 / (255 - k);
                const int m = k == 255 ? 0 : (255 - g - k) * 255 / (255 - k);
                const int yy = k == 255 ? 0 : (255 - b - k) * 255 / (255 - k);
                // Adobe's convention: the stored value is 255 minus the ink.
                line[x * 4] = uchar(255 - c);
                line[x * 4 + 1] = uchar(255 - m);
                line[x * 4 + 2] = uchar(255 - yy);
                line[x * 4 + 3] = uchar(255 - k);
            }
        });
}

QByteArray arithmetic(const QImage &input)
{
    const QImage rgb = input.convertToFormat(QImage::Format_RGB888);
    return compress(
        rgb.width(), rgb.height(), 3, JCS_RGB, [](jpeg_compress_struct &c) { c.arith_code = TRUE; },
        [&](int y, unsigned char *line) {
            std::copy(rgb.constScanLine(y), rgb.constScanLine(y) + rgb.width() * 3, line);
        });
}

QByteArray manyScans(const QImage &input, int *scans)
{
    const QImage gray = input.convertToFormat(QImage::Format_Grayscale8);
    // DC first at Al=10 and 10 refinements, then each AC coefficient alone
    // at Al=10 and 10 refinements: 11 * 64 = 704 scans, all valid.
    static std::vector<jpeg_scan_info> script;
    script.clear();
    auto add = [](int ss, int se, int ah, int al) {
        jpeg_scan_info s {};
        s.comps_in_scan = 1;
        s.component_index[0] = 0;
        s.Ss = ss;
        s.Se = se;
        s.Ah = ah;
        s.Al = al;
        script.push_back(s);
    };
    for (int k = 0; k < 64; ++k) {
        add(k, k, 0, 10);
        for (int al = 9; al >= 0; --al)
            add(k, k, al + 1, al);
    }
    *scans = int(script.size());
    return compress(
        gray.width(), gray.height(), 1, JCS_GRAYSCALE,
        [](jpeg_compress_struct &c) {
            c.scan_info = script.data();
            c.num_scans = int(script.size());
        },
        [&](int y, unsigned char *line) {
            std::copy(gray.constScanLine(y), gray.constScanLine(y) + gray.width(), line);
        });
}

} // namespace jpegcraft

#else

namespace jpegcraft {
bool available()
{
    return false;
}
QByteArray cmykAdobe(const QImage &)
{
    return {};
}
QByteArray arithmetic(const QImage &)
{
    return {};
}
QByteArray manyScans(const QImage &, int *scans)
{
    *scans = 0;
    return {};
}
} // namespace jpegcraft

#endif
