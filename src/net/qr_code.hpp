// The join address as a QR code, for the projector to draw as squares (libqrencode).
#pragma once

#include <string>
#include <vector>

namespace frontline::net {

struct QrCode {
    int size = 0;
    std::vector<bool> dark; // size*size modules, row-major
};

// Error correction M (a projector photographed from a seat is blurred but not damaged); empty
// on failure (text too long for a QR code, or no memory).
QrCode qrCode(const std::string& text);

} // namespace frontline::net
