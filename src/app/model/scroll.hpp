// A scroll the keyboard asks of a region: lines (Up/Down), pages (PageUp/PageDown) or a jump to
// the top or the end (Home/End). The model records it; the screen, which knows how tall a line
// and a page are, applies it in its next frame and clears it.
#pragma once

#include "commands.hpp"

namespace frontline::app {

struct ScrollRequest {
    enum class Jump { None, Top, Bottom };
    int lines = 0;
    int pages = 0;
    Jump jump = Jump::None;

    bool any() const { return lines != 0 || pages != 0 || jump != Jump::None; }
    void clear() { *this = {}; }
    void line(int n) {
        lines += n;
        if (n != 0) jump = Jump::None;
    }
    void page(int n) {
        pages += n;
        if (n != 0) jump = Jump::None;
    }
    void to(Jump where) {
        lines = pages = 0;
        jump = where;
    }
};

// PageUp/PageDown, Home/End (and with `lines`, Up/Down by three lines) asked of a scrolling
// region. False for any other command.
bool scrollFor(const Action& action, ScrollRequest& scroll, bool lines = false);

} // namespace frontline::app
