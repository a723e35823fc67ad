#include "class_phones.hpp"

namespace frontline::app {

namespace {

long total(const net::Refusals& r) {
    return r.badRequest + r.wrongRoom + r.notFound + r.tooLarge + r.rateLimited + r.closed +
           r.duplicate + r.tooManyPhones;
}

} // namespace

std::string typedAddress(const std::string& address) {
    std::string typed = address;
    if (typed.rfind("http://", 0) == 0) typed.erase(0, 7);
    return typed.substr(0, typed.find('/'));
}

net::Ballot ballotOf(const ClassSession& session) {
    net::Ballot ballot;
    const Decision* d = session.current();
    if (d == nullptr || session.phase() == Phase::Ended || session.error()) return ballot;
    ballot.decision = d->step;
    ballot.prompt = d->prompt;
    for (const Option& o : d->options)
        ballot.options.push_back(o.text);
    ballot.open = session.phase() == Phase::Voting;
    if (session.setup().mode != ClassMode::ClassVote) {
        for (const Team& t : session.setup().teams)
            ballot.teams.push_back(t.name);
        if (session.setup().mode == ClassMode::TeamTurns) ballot.turnTeam = d->team;
    }
    return ballot;
}

bool ClassPhones::open(const net::ServerOptions& options, std::function<void()> wake) {
    close();
    m_info = JoinInfo{};
    m_server = net::JoinServer::start(options, m_info.problem);
    if (!m_server) return false;
    if (wake) m_server->onChange(std::move(wake));
    const auto addresses = m_server->joinAddresses();
    m_info.roomCode = m_server->roomCode();
    if (!addresses.empty()) m_info.address = addresses.front(); // the room's network first
    m_info.typed = typedAddress(m_info.address);
    const net::QrCode qr = net::qrCode(m_info.address);
    m_info.qrSize = qr.size;
    m_info.qrDark = qr.dark;
    return true;
}

void ClassPhones::close() {
    m_server.reset();
    m_shown = net::Ballot{};
    m_tally = net::Tally{};
}

bool ClassPhones::sync(ClassSession& session) {
    if (!m_server) return false;
    const net::Ballot ballot = ballotOf(session);
    bool changed = false;
    if (ballot != m_shown) {
        m_server->show(ballot);
        m_shown = ballot;
        changed = true;
    }
    const net::Tally tally = m_server->tally();
    if (tally == m_tally) return changed;
    m_tally = tally;
    m_info.joined = tally.joined;
    m_info.voted = tally.decision == m_shown.decision ? tally.voted : 0;
    // A tally for another decision (a vote that raced the change) is not this decision's.
    if (tally.decision == ballot.decision && ballot.open)
        session.setPhoneTally(PhoneTally{tally.room, tally.byTeam, tally.joined, tally.voted});
    return true;
}

std::vector<std::string> ClassPhones::addresses() const {
    return m_server ? m_server->joinAddresses() : std::vector<std::string>{};
}

long ClassPhones::refused() const {
    return m_server ? total(m_server->refusals()) : 0;
}

} // namespace frontline::app
