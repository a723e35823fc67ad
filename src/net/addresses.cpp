#include "net/addresses.hpp"

#include <algorithm>

#include <arpa/inet.h>
#include <ifaddrs.h>
#include <net/if.h>
#include <netinet/in.h>

namespace frontline::net {
namespace {

// 0: private LAN (10/8, 172.16/12, 192.168/16), 1: anything else, 2: loopback (127/8).
int rank(const std::string& address) {
    in_addr parsed{};
    if (inet_pton(AF_INET, address.c_str(), &parsed) != 1) return 1;
    const unsigned long host = ntohl(parsed.s_addr);
    if ((host >> 24) == 127) return 2;
    if ((host >> 24) == 10 || (host >> 20) == ((172UL << 4) | 1) ||
        (host >> 16) == ((192UL << 8) | 168))
        return 0;
    return 1;
}

} // namespace

std::vector<std::string> lanFirst(std::vector<std::string> addresses) {
    std::stable_sort(addresses.begin(), addresses.end(),
                     [](const std::string& a, const std::string& b) { return rank(a) < rank(b); });
    return addresses;
}

std::vector<std::string> ipv4Addresses() {
    std::vector<std::string> found;
    ifaddrs* list = nullptr;
    if (getifaddrs(&list) != 0) return {"127.0.0.1"};
    for (const ifaddrs* it = list; it != nullptr; it = it->ifa_next) {
        if (it->ifa_addr == nullptr || it->ifa_addr->sa_family != AF_INET) continue;
        if ((it->ifa_flags & IFF_UP) == 0) continue;
        char text[INET_ADDRSTRLEN] = {};
        const auto* address = reinterpret_cast<const sockaddr_in*>(it->ifa_addr);
        if (inet_ntop(AF_INET, &address->sin_addr, text, sizeof text) == nullptr) continue;
        if (std::find(found.begin(), found.end(), text) == found.end()) found.emplace_back(text);
    }
    freeifaddrs(list);
    if (found.empty()) found.emplace_back("127.0.0.1");
    return lanFirst(std::move(found));
}

} // namespace frontline::net
