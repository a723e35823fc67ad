// The page phones open: HTML, CSS and script embedded in the program (no file is ever read from
// disk), served as three files so the Content-Security-Policy can forbid inline script and style.
#pragma once

#include <string_view>

namespace frontline::net {

std::string_view joinPageHtml();
std::string_view joinPageScript();
std::string_view joinPageStyle();

// Sent with every response: the page may load only its own script and style and talk only to
// the server it came from; nothing else (no images, frames, forms, other hosts).
constexpr std::string_view kContentSecurityPolicy =
    "default-src 'none'; script-src 'self'; style-src 'self'; connect-src 'self' ws:; "
    "img-src 'none'; base-uri 'none'; form-action 'none'; frame-ancestors 'none'";

} // namespace frontline::net
