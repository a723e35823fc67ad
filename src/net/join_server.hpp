// The join server: while a class session runs with phones on, the trainer's computer serves one
// embedded page on the room's network and counts the phones' votes (docs/phones.md).
//
// A thin civetweb binding around BallotBox. The window calls show() and tally() every frame:
// they take one mutex held only for a copy, never wait on a socket; WebSocket pushes go out from
// the server's own thread.
#pragma once

#include "net/ballot_box.hpp"
#include "net/qr_code.hpp"
#include "net/rate_limit.hpp"

#include <functional>
#include <memory>
#include <string>
#include <vector>

namespace frontline::net {

struct ServerOptions {
    int port = 8080;              // 0: any free port (tests)
    std::string bind = "0.0.0.0"; // tests use "127.0.0.1"
    int classSize = 60;           // threads = classSize + 16
    // A whole class may share one address behind the Wi-Fi's NAT: 60 phones opening the page
    // (five requests each) within a few seconds, or polling every 2 s when WebSockets are
    // blocked (30 requests/s), stay under the address limit; one phone's token is held tighter.
    RateLimit perAddress{50, 150};
    RateLimit perPhone{5, 15};
};

class JoinServer {
  public:
    // nullptr and `problem` set ("port 8080 is in use: start with --port N") when it cannot listen.
    static std::unique_ptr<JoinServer> start(const ServerOptions& options, std::string& problem);
    ~JoinServer(); // stops listening, joins threads
    JoinServer(const JoinServer&) = delete;
    JoinServer& operator=(const JoinServer&) = delete;

    int port() const;
    const std::string& roomCode() const; // 4 letters, no look-alikes (no I, O, L...)
    std::vector<std::string>
    joinAddresses() const;           // "http://192.168.1.20:8080/?room=KQTV", LAN first
    void show(const Ballot& ballot); // a new decision, or the same one locked; thread-safe
    Tally tally() const;             // thread-safe snapshot for the current decision
    Refusals refusals() const;
    // Called from a server thread after a vote or join changes the tally (the window uses it to
    // wake its idle loop). Must be cheap and thread-safe; set before votes arrive.
    void onChange(std::function<void()> callback);

    struct Impl;

  private:
    JoinServer();
    std::unique_ptr<Impl> impl_;
};

// A room code: 4 letters from an alphabet with no look-alikes (no I/L/1, O/Q/0, S/5, Z/2, B/8).
std::string makeRoomCode();
inline constexpr std::string_view kRoomLetters = "ACDEFGHJKMNPRTUVWXY";

} // namespace frontline::net
