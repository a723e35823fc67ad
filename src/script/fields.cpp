#include "fields.hpp"

namespace frontline::script {

std::string tick(std::string_view name) {
    std::string out;
    out.reserve(name.size() + 2);
    out += '`';
    out += name;
    out += '`';
    return out;
}

} // namespace frontline::script
