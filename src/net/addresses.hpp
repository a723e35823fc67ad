// The computer's IPv4 addresses, for the join address phones type or scan: LAN first (the ones
// a phone on the room's Wi-Fi can reach), loopback last.
#pragma once

#include <string>
#include <vector>

namespace frontline::net {

std::vector<std::string> ipv4Addresses();

// Orders addresses so private LAN ranges come first, other addresses next, loopback last; the
// order within each group is kept.
std::vector<std::string> lanFirst(std::vector<std::string> addresses);

} // namespace frontline::net
