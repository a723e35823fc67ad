// What the command line shows a person: scenario text as written, never as terminal commands.
#pragma once

#include "core/text.hpp"

#include <ostream>
#include <streambuf>
#include <string>
#include <string_view>

namespace frontline::cli {

// A stream buffer that passes everything written to it through terminalSafe on its way to
// another buffer: malformed UTF-8, control characters but newline and tab, and bidirectional
// overrides and isolates arrive as U+FFFD. It forwards as it is written (the other buffer's own
// buffering and flushing apply unchanged), holding back only the first bytes of a UTF-8 sequence
// a write cut short, so a character split across two writes is shown whole.
class TerminalSafeBuf final : public std::streambuf {
  public:
    explicit TerminalSafeBuf(std::streambuf* target) : m_target(target) {}
    TerminalSafeBuf(const TerminalSafeBuf&) = delete;
    TerminalSafeBuf& operator=(const TerminalSafeBuf&) = delete;
    ~TerminalSafeBuf() override { finish(); }

    // Writes what was held back (a sequence never completed: U+FFFD) and syncs the target.
    void finish() {
        if (!m_pending.empty()) {
            forward(terminalSafe(m_pending));
            m_pending.clear();
        }
        m_target->pubsync();
    }

  protected:
    int_type overflow(int_type ch) override {
        if (traits_type::eq_int_type(ch, traits_type::eof())) return traits_type::not_eof(ch);
        const char c = traits_type::to_char_type(ch);
        return xsputn(&c, 1) == 1 ? ch : traits_type::eof();
    }

    std::streamsize xsputn(const char* text, std::streamsize count) override {
        const std::string_view written(text, static_cast<std::size_t>(count));
        if (m_pending.empty() && plain(written)) return forward(written) ? count : 0;
        m_pending.append(written);
        const std::size_t ready = m_pending.size() - unfinishedTail(m_pending);
        const bool ok = forward(terminalSafe(std::string_view(m_pending).substr(0, ready)));
        m_pending.erase(0, ready);
        return ok ? count : 0;
    }

    int sync() override { return m_target->pubsync(); }

  private:
    // Printable ASCII, newlines and tabs: what nearly all output is, passed on as it is.
    static bool plain(std::string_view text) {
        for (const char c : text) {
            const auto byte = static_cast<unsigned char>(c);
            if ((byte < 0x20 && c != '\n' && c != '\t') || byte >= 0x7F) return false;
        }
        return true;
    }

    // How many bytes at the end start a UTF-8 sequence that is not complete yet.
    static std::size_t unfinishedTail(std::string_view text) {
        const std::size_t size = text.size();
        for (std::size_t back = 1; back <= 3 && back <= size; ++back) {
            const auto byte = static_cast<unsigned char>(text[size - back]);
            if ((byte & 0xC0) == 0x80) continue;      // a continuation byte: look further back
            if (byte < 0xC2 || byte > 0xF4) return 0; // ASCII, or no sequence starts so
            const std::size_t length = byte >= 0xF0 ? 4 : byte >= 0xE0 ? 3 : 2;
            return length > back ? back : 0;
        }
        return 0;
    }

    bool forward(std::string_view text) {
        return m_target->sputn(text.data(), static_cast<std::streamsize>(text.size())) ==
               static_cast<std::streamsize>(text.size());
    }

    std::streambuf* m_target;
    std::string m_pending; // the start of a UTF-8 sequence a write cut short
};

// An output stream for a person to read, writing through TerminalSafeBuf to `target`'s buffer
// with `target`'s flags (so an unbuffered error stream stays unbuffered).
class TerminalSafeStream final : public std::ostream {
  public:
    explicit TerminalSafeStream(std::ostream& target)
        : std::ostream(nullptr), m_buf(target.rdbuf()) {
        rdbuf(&m_buf);
        flags(target.flags());
    }
    ~TerminalSafeStream() override { m_buf.finish(); }

  private:
    TerminalSafeBuf m_buf;
};

} // namespace frontline::cli
