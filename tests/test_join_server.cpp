// The join server: the voting rules alone (BallotBox, RateLimiter), then the real server on
// 127.0.0.1 with simulated phones (libcurl), each phone sending from its own 127.0.0.x address.
#include "net/addresses.hpp"
#include "net/ballot_box.hpp"
#include "net/join_page.hpp"
#include "net/join_server.hpp"
#include "net/qr_code.hpp"
#include "net/rate_limit.hpp"
#include "phone_client.hpp"

#include <catch2/catch.hpp>
#include <civetweb.h>
#include <nlohmann/json.hpp>

#include <atomic>
#include <chrono>
#include <condition_variable>
#include <mutex>
#include <thread>

using namespace frontline::net;
using frontline::bench::Phone;
using frontline::bench::Reply;
using frontline::bench::tokenFor;
using nlohmann::json;
using namespace std::chrono_literals;

namespace {

Ballot threeOptions(int decision = 1) {
    Ballot ballot;
    ballot.decision = decision;
    ballot.prompt = "It stopped working after three weeks.";
    ballot.options = {"Say sorry and ask", "Ask for the receipt", "Check the account"};
    ballot.open = true;
    return ballot;
}

VoteRequest voteOf(unsigned long long phone, int decision, long long option,
                   std::optional<long long> team = std::nullopt) {
    return VoteRequest{tokenFor(phone), decision, option, team};
}

const Clock::time_point t0 = Clock::now();

struct Running {
    std::unique_ptr<JoinServer> server;
    std::string base; // http://127.0.0.1:PORT
};

Running startLocal(ServerOptions options = {}) {
    options.bind = "127.0.0.1";
    options.port = 0;
    std::string problem;
    Running running{JoinServer::start(options, problem), ""};
    INFO(problem);
    REQUIRE(running.server != nullptr);
    running.base = "http://127.0.0.1:" + std::to_string(running.server->port());
    return running;
}

std::string ballotPath(const JoinServer& server, const std::string& token) {
    return "/api/ballot?room=" + server.roomCode() + "&token=" + token;
}

// The address phone `n` sends from: one address per phone, as on a real Wi-Fi.
std::string addressOf(int n) {
    return "127.0.0." + std::to_string(10 + n);
}

bool sameTally(const Tally& a, const Tally& b) {
    return a.decision == b.decision && a.room == b.room && a.byTeam == b.byTeam &&
           a.voted == b.voted;
}

// A phone's WebSocket (civetweb's client): keeps every message the server pushes.
class Socket {
  public:
    Socket(int port, const std::string& path) {
        char error[256] = {};
        conn_ = mg_connect_websocket_client("127.0.0.1", port, 0, error, sizeof error, path.c_str(),
                                            nullptr, onData, onClose, this);
    }
    ~Socket() {
        if (conn_ == nullptr) return;
        // Closing first lets the server end the connection at once; otherwise the client's
        // reader notices only at its next 2 s poll.
        mg_websocket_client_write(conn_, MG_WEBSOCKET_OPCODE_CONNECTION_CLOSE, "", 0);
        closed();
        mg_close_connection(conn_);
    }
    bool open() const { return conn_ != nullptr; }
    // The newest message once `count` have come, or "" after 5 s.
    std::string waitFor(std::size_t count) {
        std::unique_lock lock(mutex_);
        arrived_.wait_for(lock, 5s, [&] { return messages_.size() >= count || closed_; });
        return messages_.size() >= count ? messages_[count - 1] : std::string();
    }
    bool closed() {
        std::unique_lock lock(mutex_);
        arrived_.wait_for(lock, 5s, [&] { return closed_; });
        return closed_;
    }

  private:
    static int onData(mg_connection*, int bits, char* data, std::size_t size, void* self) {
        auto& socket = *static_cast<Socket*>(self);
        if ((bits & 0x0F) == MG_WEBSOCKET_OPCODE_TEXT) {
            std::lock_guard lock(socket.mutex_);
            socket.messages_.emplace_back(data, size);
        }
        socket.arrived_.notify_all();
        return 1;
    }
    static void onClose(const mg_connection*, void* self) {
        auto& socket = *static_cast<Socket*>(self);
        {
            std::lock_guard lock(socket.mutex_);
            socket.closed_ = true;
        }
        socket.arrived_.notify_all();
    }
    mg_connection* conn_ = nullptr;
    std::mutex mutex_;
    std::condition_variable arrived_;
    std::vector<std::string> messages_;
    bool closed_ = false;
};

} // namespace

TEST_CASE("A phone token is 32 lowercase hex digits", "[net]") {
    CHECK(validToken(tokenFor(7)));
    CHECK_FALSE(validToken(""));
    CHECK_FALSE(validToken(std::string(31, 'a')));
    CHECK_FALSE(validToken(std::string(33, 'a')));
    CHECK_FALSE(validToken(std::string(32, 'G')));
    CHECK_FALSE(validToken("ABCDEF0123456789ABCDEF0123456789"));
}

TEST_CASE("One vote per phone per decision, and a change of mind replaces it", "[net]") {
    BallotBox box(100);
    box.show(threeOptions());
    CHECK(box.vote(voteOf(1, 1, 0), t0) == Verdict::accepted);
    CHECK(box.vote(voteOf(1, 1, 0), t0) == Verdict::accepted); // an identical re-send
    CHECK(box.vote(voteOf(2, 1, 2), t0) == Verdict::accepted);
    Tally tally = box.tally(t0);
    CHECK(tally.room == std::vector<int>{1, 0, 1});
    CHECK(tally.voted == 2);

    CHECK(box.vote(voteOf(1, 1, 1), t0) == Verdict::accepted); // phone 1 changes its mind
    tally = box.tally(t0);
    CHECK(tally.room == std::vector<int>{0, 1, 1});
    CHECK(tally.voted == 2);
    REQUIRE(box.voteOf(tokenFor(1)));
    CHECK(box.voteOf(tokenFor(1))->option == 1);
}

TEST_CASE("A locked vote refuses votes and keeps the count, and a new decision clears it",
          "[net]") {
    BallotBox box(100);
    box.show(threeOptions(3));
    REQUIRE(box.vote(voteOf(1, 3, 2), t0) == Verdict::accepted);
    Ballot locked = threeOptions(3);
    locked.open = false;
    box.show(locked);
    CHECK(box.vote(voteOf(2, 3, 0), t0) == Verdict::closed);
    CHECK(box.vote(voteOf(1, 3, 0), t0) == Verdict::closed); // no change of mind after the lock
    CHECK(box.tally(t0).room == std::vector<int>{0, 0, 1});
    CHECK(box.voteOf(tokenFor(1))->option == 2);

    box.show(threeOptions(4));
    CHECK(box.tally(t0).room == std::vector<int>{0, 0, 0});
    CHECK(box.tally(t0).voted == 0);
    CHECK_FALSE(box.voteOf(tokenFor(1)));
    CHECK(box.vote(voteOf(1, 3, 0), t0) == Verdict::notCurrent); // the old decision
    CHECK(box.vote(voteOf(1, 4, 3), t0) == Verdict::badOption);
    CHECK(box.vote(voteOf(1, 4, -1), t0) == Verdict::badOption);
    CHECK(box.tally(t0).voted == 0);
}

TEST_CASE("Nothing to vote on: decision 0 refuses every vote", "[net]") {
    BallotBox box(10);
    Ballot wait;
    box.show(wait);
    CHECK(box.vote(voteOf(1, 0, 0), t0) == Verdict::notCurrent);
    CHECK(box.tally(t0).room.empty());
}

TEST_CASE("Team modes count per team, and team turns refuse other teams", "[net]") {
    BallotBox box(100);
    Ballot ballot = threeOptions(2);
    ballot.teams = {"Red", "Owls"};
    box.show(ballot);
    CHECK(box.vote(voteOf(1, 2, 0), t0) == Verdict::badTeam); // team modes need a team
    CHECK(box.vote(voteOf(1, 2, 0, 2), t0) == Verdict::badTeam);
    CHECK(box.vote(voteOf(1, 2, 0, 0), t0) == Verdict::accepted);
    CHECK(box.vote(voteOf(2, 2, 1, 1), t0) == Verdict::accepted);
    CHECK(box.vote(voteOf(3, 2, 1, 1), t0) == Verdict::accepted);
    Tally tally = box.tally(t0);
    CHECK(tally.room == std::vector<int>{1, 2, 0});
    CHECK(tally.byTeam == std::vector<std::vector<int>>{{1, 0, 0}, {0, 2, 0}});

    ballot.decision = 3;
    ballot.turnTeam = 1;
    box.show(ballot);
    CHECK(box.vote(voteOf(1, 3, 0, 0), t0) == Verdict::notYourTurn);
    CHECK(box.vote(voteOf(2, 3, 2, 1), t0) == Verdict::accepted);
    tally = box.tally(t0);
    CHECK(tally.room == std::vector<int>{0, 0, 1});
    CHECK(tally.byTeam == std::vector<std::vector<int>>{{0, 0, 0}, {0, 0, 1}});
}

TEST_CASE("The phone table is bounded: idle phones make room, voters keep theirs", "[net]") {
    BallotBox box(3);
    box.show(threeOptions());
    CHECK(box.vote(voteOf(1, 1, 0), t0) == Verdict::accepted);
    CHECK(box.seen(tokenFor(2), t0));
    CHECK(box.seen(tokenFor(3), t0));
    CHECK_FALSE(box.seen(tokenFor(4), t0)); // full: refused, not grown
    CHECK(box.vote(voteOf(4, 1, 1), t0) == Verdict::tooManyPhones);
    CHECK(box.phonesRemembered() == 3);
    CHECK(box.tally(t0).joined == 3);

    // A minute later phones 2 and 3 are gone; phone 1's vote still counts.
    const auto later = t0 + BallotBox::kJoinedWindow + 1s;
    CHECK(box.tally(later).joined == 0);
    CHECK(box.vote(voteOf(4, 1, 1), later) == Verdict::accepted);
    CHECK(box.tally(later).room == std::vector<int>{1, 1, 0});
    CHECK(box.tally(later).joined == 1);
}

TEST_CASE("A phone with an open WebSocket counts as joined however long it is quiet", "[net]") {
    BallotBox box(10);
    REQUIRE(box.connected(tokenFor(1), t0));
    CHECK(box.tally(t0 + 10min).joined == 1);
    box.disconnected(tokenFor(1), t0 + 10min);
    CHECK(box.tally(t0 + 10min + 30s).joined == 1);
    CHECK(box.tally(t0 + 12min).joined == 0);
}

TEST_CASE("A rate limit allows its burst, then its rate, per key and in bounded memory", "[net]") {
    RateLimiter limiter(RateLimit{10, 20}, 2);
    int allowed = 0;
    for (int i = 0; i < 100; ++i)
        allowed += limiter.allow("a", t0) ? 1 : 0;
    CHECK(allowed == 20);
    CHECK(limiter.allow("b", t0));         // another key is not affected
    CHECK_FALSE(limiter.allow("c", t0));   // table full of busy keys: a new one is refused
    CHECK(limiter.allow("a", t0 + 100ms)); // one more after a tenth of a second
    CHECK_FALSE(limiter.allow("a", t0 + 100ms));
    CHECK(limiter.allow("c", t0 + 10s)); // refilled keys are forgotten to make room
    CHECK(limiter.keys() <= 2);
}

TEST_CASE("A room code is 4 letters with no look-alikes", "[net]") {
    for (int i = 0; i < 200; ++i) {
        const std::string code = makeRoomCode();
        REQUIRE(code.size() == 4);
        for (char c : code)
            CHECK(kRoomLetters.find(c) != std::string_view::npos);
    }
    for (char lookalike : std::string("IOLQSZB01258"))
        CHECK(kRoomLetters.find(lookalike) == std::string_view::npos);
}

TEST_CASE("The QR code holds the join address as square modules", "[net]") {
    const QrCode code = qrCode("http://192.168.1.20:8080/?room=KQTV");
    REQUIRE(code.size >= 21);
    CHECK((code.size - 17) % 4 == 0); // versions are 21, 25, 29... modules wide
    CHECK(code.dark.size() == static_cast<std::size_t>(code.size * code.size));
    CHECK(code.dark[0]); // the top-left finder pattern's corner
    CHECK(qrCode("").size == 0);
    CHECK(qrCode(std::string(8000, 'x')).dark.empty()); // too long for any QR code
}

TEST_CASE("The page puts text in with textContent only and loads nothing from elsewhere", "[net]") {
    for (const std::string_view part : {joinPageHtml(), joinPageScript(), joinPageStyle()}) {
        CHECK(part.find("innerHTML") == std::string_view::npos);
        CHECK(part.find("outerHTML") == std::string_view::npos);
        CHECK(part.find("insertAdjacentHTML") == std::string_view::npos);
        CHECK(part.find("document.write") == std::string_view::npos);
        CHECK(part.find("http://") == std::string_view::npos);
        CHECK(part.find("https://") == std::string_view::npos);
    }
    CHECK(joinPageHtml().find("<script>") == std::string_view::npos); // no inline script
    CHECK(joinPageHtml().find("<style") == std::string_view::npos);
    CHECK(joinPageScript().find("getRandomValues") != std::string_view::npos);
}

TEST_CASE("The server serves the page with its security headers, and no file", "[net]") {
    Running running = startLocal();
    Phone phone(running.base);
    const Reply page = phone.get("/?room=" + running.server->roomCode());
    CHECK(page.status == 200);
    CHECK(page.headers.find("Content-Security-Policy: default-src 'none'; script-src 'self'") !=
          std::string::npos);
    CHECK(page.headers.find("X-Content-Type-Options: nosniff") != std::string::npos);
    CHECK(page.headers.find("Cache-Control: no-store") != std::string::npos);
    CHECK(page.headers.find("Referrer-Policy: no-referrer") != std::string::npos);
    CHECK(page.body == joinPageHtml());
    CHECK(phone.get("/app.js").body == joinPageScript());
    CHECK(phone.get("/app.css").status == 200);

    for (const char* path : {"/../../etc/passwd", "/%2e%2e/%2e%2e/etc/passwd", "/etc/passwd",
                             "/app.js/../../../etc/passwd", "/CMakeLists.txt", "/ws", "/api"}) {
        INFO(path);
        const Reply reply = phone.get(path);
        CHECK(reply.status == 404);
        CHECK(reply.body.find("root:") == std::string::npos);
    }
    CHECK(running.server->refusals().notFound == 7);
}

TEST_CASE("A phone sees the ballot and its own vote, which a reload keeps", "[net]") {
    Running running = startLocal();
    JoinServer& server = *running.server;
    Ballot ballot = threeOptions(2);
    ballot.teams = {"Red <script>alert(1)</script>", "Owls"};
    server.show(ballot);
    Phone phone(running.base);
    const std::string token = tokenFor(1);
    json shown = json::parse(phone.get(ballotPath(server, token)).body);
    CHECK(shown["decision"] == 2);
    CHECK(shown["options"].size() == 3);
    CHECK(shown["teams"][0] == "Red <script>alert(1)</script>"); // data, for textContent
    CHECK(shown["vote"].is_null());
    CHECK(server.tally().joined == 1);

    const Reply voted = phone.vote(server.roomCode(), token, 2, 1, 0);
    CHECK(voted.status == 200);
    CHECK(json::parse(voted.body) == json{{"ok", true}, {"option", 1}});
    shown = json::parse(phone.get(ballotPath(server, token)).body);
    CHECK(shown["vote"]["option"] == 1);
    CHECK(shown["vote"]["team"] == 0);
}

TEST_CASE("60 phones vote at once, then all change their minds: the tally is exact", "[net]") {
    Running running = startLocal();
    JoinServer& server = *running.server;
    server.show(threeOptions(1));
    std::atomic<int> changes{0};
    server.onChange([&] { ++changes; });

    constexpr int kPhones = 60;
    std::atomic<int> okFirst{0}, okSecond{0}, joinedOk{0};
    std::atomic<int> arrived{0};
    std::atomic<bool> secondRound{false};
    std::vector<std::thread> phones;
    for (int i = 0; i < kPhones; ++i) {
        phones.emplace_back([&, i] {
            Phone phone(running.base, addressOf(i));
            const std::string token = tokenFor(i);
            if (phone.get(ballotPath(server, token)).status == 200) ++joinedOk;
            if (phone.vote(server.roomCode(), token, 1, i % 3).status == 200) ++okFirst;
            ++arrived;
            while (!secondRound)
                std::this_thread::sleep_for(1ms);
            if (phone.vote(server.roomCode(), token, 1, (i + 1) % 3).status == 200) ++okSecond;
        });
    }
    while (arrived < kPhones)
        std::this_thread::sleep_for(1ms);
    Tally tally = server.tally();
    CHECK(joinedOk == kPhones);
    CHECK(okFirst == kPhones);
    CHECK(tally.room == std::vector<int>{20, 20, 20});
    CHECK(tally.joined == kPhones);
    CHECK(tally.voted == kPhones);

    secondRound = true;
    for (auto& phone : phones)
        phone.join();
    tally = server.tally();
    CHECK(okSecond == kPhones);
    CHECK(tally.room == std::vector<int>{20, 20, 20});
    CHECK(tally.voted == kPhones);
    CHECK(changes >= kPhones * 3); // every join and every vote woke the window
    const Refusals refused = server.refusals();
    CHECK(refused.rateLimited == 0);
    CHECK(refused.badRequest == 0);

    // The moved votes, checked one by one: phone i now votes (i + 1) % 3.
    Phone check(running.base, addressOf(kPhones));
    for (int i = 0; i < kPhones; i += 7) {
        const json shown = json::parse(check.get(ballotPath(server, tokenFor(i))).body);
        CHECK(shown["vote"]["option"] == (i + 1) % 3);
    }
}

TEST_CASE("Refused votes are counted and change nothing in the tally", "[net]") {
    Running running = startLocal();
    JoinServer& server = *running.server;
    server.show(threeOptions(5));
    Phone phone(running.base, addressOf(0));
    const std::string room = server.roomCode();
    REQUIRE(phone.vote(room, tokenFor(1), 5, 0).status == 200);
    const Tally before = server.tally();

    SECTION("the same vote twice is counted once") {
        CHECK(phone.vote(room, tokenFor(1), 5, 0).status == 200);
        CHECK(server.refusals().duplicate == 0);
    }
    SECTION("wrong room codes") {
        const std::string wrong = room == "AAAA" ? "CCCC" : "AAAA";
        CHECK(phone.vote(wrong, tokenFor(2), 5, 1).status == 403);
        CHECK(phone.vote("", tokenFor(2), 5, 1).status == 403);
        CHECK(phone.get("/api/ballot?room=" + wrong + "&token=" + tokenFor(2)).status == 403);
        CHECK(server.refusals().wrongRoom == 3);
    }
    SECTION("malformed JSON and bad fields") {
        for (const std::string& body :
             {std::string("{"), std::string("null"), std::string("[1,2]"), std::string(""),
              std::string("{\"room\":\"" + room + "\"}"),
              "{\"room\":\"" + room + "\",\"token\":\"" + tokenFor(2) +
                  "\",\"decision\":5,\"option\":\"1\"}",
              "{\"room\":\"" + room + "\",\"token\":\"xyz\",\"decision\":5,\"option\":1}",
              "{\"room\":\"" + room + "\",\"token\":\"" + tokenFor(2) +
                  "\",\"decision\":5,\"option\":3}",
              "{\"room\":\"" + room + "\",\"token\":\"" + tokenFor(2) +
                  "\",\"decision\":5,\"option\":1e300}",
              std::string("\xff\xfe{\"room\":1}")}) {
            INFO(body);
            CHECK(phone.post("/api/vote", body).status == 400);
        }
        CHECK(server.refusals().badRequest == 10);
    }
    SECTION("a 1 MB body is refused before it is read") {
        const std::string huge(1 << 20, 'x');
        const auto started = std::chrono::steady_clock::now();
        CHECK(phone.post("/api/vote", huge, true).status == 413);
        CHECK(std::chrono::steady_clock::now() - started < 900ms); // no wait for 100-continue
        CHECK(server.refusals().tooLarge == 1);
        // The server still answers (a new connection: that one was closed).
        CHECK(phone.vote(room, tokenFor(2), 5, 1).status == 200);
        CHECK(server.tally().room == std::vector<int>{1, 1, 0});
        return;
    }
    SECTION("a huge query string") {
        const std::string path = ballotPath(server, tokenFor(2));
        CHECK(phone.get(path + "&x=" + std::string(2000, 'a')).status == 400);
        // Past civetweb's 8 KiB request limit: civetweb refuses it (400 or 413) and it is counted.
        const long status = phone.get(path + "&x=" + std::string(100000, 'a')).status;
        CHECK((status == 400 || status == 413 || status == 0));
        CHECK(server.refusals().badRequest + server.refusals().tooLarge == 2);
    }
    SECTION("votes after the lock, and for another decision") {
        Ballot locked = threeOptions(5);
        locked.open = false;
        server.show(locked);
        CHECK(phone.vote(room, tokenFor(1), 5, 2).status == 409);
        CHECK(phone.vote(room, tokenFor(2), 5, 2).status == 409);
        CHECK(phone.vote(room, tokenFor(2), 4, 2).status == 409);
        CHECK(server.refusals().closed == 3);
    }
    SECTION("another team in team turns") {
        Ballot turns = threeOptions(5);
        turns.teams = {"Red", "Blue"};
        turns.turnTeam = 0;
        server.show(turns); // same decision, new teams: a fresh count
        REQUIRE(phone.vote(room, tokenFor(1), 5, 0, 0).status == 200);
        const Tally teamsBefore = server.tally();
        CHECK(phone.vote(room, tokenFor(2), 5, 1, 1).status == 403);
        CHECK(server.refusals().closed == 1);
        CHECK(sameTally(server.tally(), teamsBefore));
        return;
    }
    CHECK(sameTally(server.tally(), before));
}

TEST_CASE("A flood from one address is refused while other phones still vote, and the window "
          "never waits",
          "[net]") {
    Running running = startLocal();
    JoinServer& server = *running.server;
    server.show(threeOptions(1));
    const std::string room = server.roomCode();

    constexpr int kFloodThreads = 4, kPerThread = 250;
    std::atomic<int> answered{0}, limited{0};
    std::atomic<bool> flooding{true};
    std::vector<std::thread> flood;
    const auto started = std::chrono::steady_clock::now();
    for (int t = 0; t < kFloodThreads; ++t) {
        flood.emplace_back([&] {
            Phone attacker(running.base, "127.0.0.1");
            for (int i = 0; i < kPerThread; ++i) {
                const long status = attacker.get("/").status;
                if (status != 0) ++answered;
                if (status == 429) ++limited;
            }
        });
    }
    // The window's frame loop meanwhile: every tally() and show() returns at once.
    std::atomic<long long> slowestMicroseconds{0};
    std::atomic<int> frames{0};
    std::thread window([&] {
        Ballot ballot = threeOptions(1);
        while (flooding) {
            const auto before = std::chrono::steady_clock::now();
            (void)server.tally();
            server.show(ballot);
            (void)server.refusals();
            const long long took = std::chrono::duration_cast<std::chrono::microseconds>(
                                       std::chrono::steady_clock::now() - before)
                                       .count();
            if (took > slowestMicroseconds) slowestMicroseconds = took;
            ++frames;
            std::this_thread::sleep_for(1ms);
        }
    });
    // Another phone, on another address, votes during the flood.
    Phone other(running.base, "127.0.0.2");
    const long otherVote = other.vote(room, tokenFor(99), 1, 2).status;
    for (auto& thread : flood)
        thread.join();
    const double seconds =
        std::chrono::duration<double>(std::chrono::steady_clock::now() - started).count();
    flooding = false;
    window.join();

    INFO("1000 requests in " << seconds << " s; slowest frame call " << slowestMicroseconds
                             << " us of " << frames << " frames");
    CHECK(frames > 10);
    CHECK(slowestMicroseconds < 50'000);
    CHECK(seconds < 5);
    CHECK(answered == kFloodThreads * kPerThread); // refused, but always answered
    CHECK(limited > kFloodThreads * kPerThread / 2);
    CHECK(server.refusals().rateLimited == limited);
    CHECK(otherVote == 200);
    CHECK(other.vote(room, tokenFor(99), 1, 2).status == 200);
    CHECK(server.tally().room == std::vector<int>{0, 0, 1});
}

TEST_CASE("One phone's token is rate limited even when its address is shared", "[net]") {
    Running running = startLocal();
    JoinServer& server = *running.server;
    server.show(threeOptions(1));
    Phone phone(running.base, addressOf(1));
    int limited = 0;
    for (int i = 0; i < 40; ++i)
        limited += phone.vote(server.roomCode(), tokenFor(1), 1, i % 3).status == 429 ? 1 : 0;
    CHECK(limited >= 20); // burst 15, 5 per second
    CHECK(server.refusals().rateLimited == limited);
    CHECK(server.tally().voted == 1);
    // Another phone behind the same address is not affected.
    CHECK(phone.vote(server.roomCode(), tokenFor(2), 1, 0).status == 200);
}

TEST_CASE("A port in use is reported with what to do", "[net]") {
    Running first = startLocal();
    ServerOptions options;
    options.bind = "127.0.0.1";
    options.port = first.server->port();
    std::string problem;
    CHECK(JoinServer::start(options, problem) == nullptr);
    CHECK(problem == "port " + std::to_string(options.port) + " is in use: start with --port N");
}

TEST_CASE("Join addresses name the port and the room, bound address or LAN first", "[net]") {
    Running running = startLocal();
    const auto addresses = running.server->joinAddresses();
    REQUIRE(addresses.size() == 1);
    CHECK(addresses[0] == running.base + "/?room=" + running.server->roomCode());
}

TEST_CASE("WebSockets get each new ballot pushed, with their own vote, up to the class size",
          "[net]") {
    ServerOptions options;
    options.classSize = 2;
    Running running = startLocal(options);
    JoinServer& server = *running.server;
    server.show(threeOptions(1));
    const auto path = [&](int phone) {
        return "/ws?room=" + server.roomCode() + "&token=" + tokenFor(phone);
    };
    Socket first(server.port(), path(1)), second(server.port(), path(2));
    REQUIRE(first.open());
    REQUIRE(second.open());
    CHECK(json::parse(first.waitFor(1))["decision"] == 1); // the ballot at once
    CHECK(json::parse(second.waitFor(1))["vote"].is_null());
    CHECK(server.tally().joined == 2);

    Phone phone(running.base, addressOf(1));
    REQUIRE(phone.vote(server.roomCode(), tokenFor(1), 1, 2).status == 200);
    Ballot locked = threeOptions(1);
    locked.open = false;
    server.show(locked);
    const json pushed = json::parse(first.waitFor(2));
    CHECK(pushed["open"] == false);
    CHECK(pushed["vote"]["option"] == 2); // its own vote, not the other phone's
    CHECK(json::parse(second.waitFor(2))["vote"].is_null());
    server.show(locked); // the same ballot again: nothing pushed
    server.show(threeOptions(2));
    CHECK(json::parse(first.waitFor(3))["decision"] == 2);

    // Past the class size, and with a wrong room: no socket (the page polls instead).
    Socket third(server.port(), path(3));
    CHECK((!third.open() || third.closed()));
    Socket wrong(server.port(),
                 "/ws?room=" + std::string(server.roomCode() == "AAAA" ? "CCCC" : "AAAA") +
                     "&token=" + tokenFor(4));
    CHECK((!wrong.open() || wrong.closed()));
    const Refusals refused = server.refusals();
    CHECK(refused.tooManyPhones == 1);
    CHECK(refused.wrongRoom == 1);
}

TEST_CASE("LAN addresses come first and loopback last", "[net]") {
    CHECK(lanFirst({"127.0.0.1", "203.0.113.5", "192.168.1.20", "10.0.0.7", "172.20.1.1",
                    "172.32.0.1"}) == std::vector<std::string>{"192.168.1.20", "10.0.0.7",
                                                               "172.20.1.1", "203.0.113.5",
                                                               "172.32.0.1", "127.0.0.1"});
    const auto mine = ipv4Addresses();
    REQUIRE_FALSE(mine.empty());
    CHECK(lanFirst(mine) == mine);
}

TEST_CASE("Option text that is not UTF-8 still reaches the phones", "[net]") {
    Running running = startLocal();
    Ballot ballot = threeOptions(1);
    ballot.options[1] = "Receipt \xff\xfe please";
    running.server->show(ballot);
    Phone phone(running.base);
    const Reply reply = phone.get(ballotPath(*running.server, tokenFor(1)));
    REQUIRE(reply.status == 200);
    CHECK(json::parse(reply.body)["options"][1] == "Receipt \xef\xbf\xbd\xef\xbf\xbd please");
}
