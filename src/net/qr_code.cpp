#include "net/qr_code.hpp"

#include <qrencode.h>

#include <memory>

namespace frontline::net {

QrCode qrCode(const std::string& text) {
    if (text.empty()) return {};
    // Version 0: the smallest that fits. Case-sensitive 8-bit mode keeps the URL's query intact.
    std::unique_ptr<QRcode, decltype(&QRcode_free)> code(
        QRcode_encodeString(text.c_str(), 0, QR_ECLEVEL_M, QR_MODE_8, 1), &QRcode_free);
    if (!code || code->width <= 0) return {};
    QrCode out;
    out.size = code->width;
    const std::size_t modules = static_cast<std::size_t>(out.size) * out.size;
    out.dark.resize(modules);
    for (std::size_t i = 0; i < modules; ++i)
        out.dark[i] = (code->data[i] & 1) != 0;
    return out;
}

} // namespace frontline::net
