// What the projector shows so phones can join a class: the address, the room code and the QR
// code, and how many phones have joined and voted.
#pragma once

#include <string>
#include <vector>

namespace frontline::app {

struct JoinInfo {
    std::string address;  // "http://192.168.1.20:8080/?room=KQTV"
    std::string roomCode; // "KQTV"
    // What a person types: "192.168.1.20:8080" (the page then asks for the room code); the QR
    // code holds the whole address, room included.
    std::string typed;
    int qrSize = 0;           // modules per side
    std::vector<bool> qrDark; // qrSize*qrSize, row-major
    int joined = 0, voted = 0;
    std::string problem; // non-empty: the server could not start; say so instead
};

} // namespace frontline::app
