// The phones of a class: the join server while a session plays with phones on, the decision it
// shows them, and their votes brought back into the session. The server's threads only ever
// touch the server; the session is changed here, on the window's thread, in sync().
#pragma once

#include "core/classroom.hpp"
#include "join_info.hpp"
#include "net/join_server.hpp"

#include <functional>
#include <memory>
#include <string>

namespace frontline::app {

class ClassPhones {
  public:
    // Starts listening. On failure, problem() says why and the class runs on hands alone.
    // `wake` is called from a server thread when a phone joins or votes.
    bool open(const net::ServerOptions& options, std::function<void()> wake);
    void close(); // stops listening: the server runs only while a session plays
    bool running() const { return m_server != nullptr; }
    const std::string& problem() const { return m_info.problem; }

    // Shows the session's current decision to the phones when it changed, and brings their
    // votes into it. Returns whether anything on screen changes.
    bool sync(ClassSession& session);

    // The join panel: made once per server, its counts kept up to date by sync().
    const JoinInfo& info() const { return m_info; }
    std::vector<std::string> addresses() const; // every address phones may use, LAN first
    // Requests refused since the server started (counted, never shown to the room).
    long refused() const;

  private:
    std::unique_ptr<net::JoinServer> m_server;
    JoinInfo m_info;
    net::Ballot m_shown;
    net::Tally m_tally;
};

// What the phones are shown for the session as it stands: the decision while it is open, the
// same one closed from the lock on, nothing to vote on once it has ended.
net::Ballot ballotOf(const ClassSession& session);

// "192.168.1.20:8080" of "http://192.168.1.20:8080/?room=KQTV": short enough to read out and
// type; browsers add the http:// themselves.
std::string typedAddress(const std::string& address);

} // namespace frontline::app
