#include "net/join_page.hpp"

namespace frontline::net {

// Every piece of text from the scenario or the trainer (prompt, options, team names) reaches the
// page as JSON data and is put in with textContent only, so none of it can become markup.

std::string_view joinPageHtml() {
    return R"html(<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="referrer" content="no-referrer">
<title>Frontline: vote</title>
<link rel="stylesheet" href="/app.css">
<script src="/app.js" defer></script>
</head>
<body>
<main>
<h1 id="title">Frontline</h1>
<section id="join" hidden>
<p>Type the room code shown on the screen.</p>
<div class="row"><input id="code" maxlength="4" autocapitalize="characters" autocomplete="off"
 spellcheck="false" aria-label="Room code"><button id="go" type="button">Join</button></div>
</section>
<section id="teams" hidden>
<p id="team-label">Your team</p>
<div id="team-list" class="teams"></div>
</section>
<p id="status" role="status" aria-live="polite">Connecting…</p>
<p id="prompt"></p>
<div id="options" class="options"></div>
<p id="problem" role="alert"></p>
</main>
</body>
</html>
)html";
}

std::string_view joinPageStyle() {
    return R"css(* { box-sizing: border-box; }
html { font-size: 20px; }
body { margin: 0; background: #000; color: #fff; font-family: system-ui, sans-serif;
  line-height: 1.35; }
main { max-width: 40rem; margin: 0 auto; padding: 1rem; }
h1 { font-size: 1.2rem; color: #ffd24d; margin: 0 0 0.5rem; }
#status { font-size: 1.5rem; font-weight: bold; margin: 0.5rem 0; }
#status.received { color: #80e5ff; }
#status.closed { color: #ff9999; }
#prompt { font-size: 1.1rem; font-style: italic; color: #e6e6e6; }
#prompt:empty, #problem:empty { display: none; }
#problem { color: #ff9999; }
.options, .teams { display: flex; flex-direction: column; gap: 0.75rem; }
.teams { flex-direction: row; flex-wrap: wrap; }
button { font: inherit; color: #fff; background: #1a1a1a; border: 3px solid #e6e6e6;
  border-radius: 0.6rem; padding: 0.8rem; text-align: left; min-height: 3.5rem; width: 100%;
  display: flex; gap: 0.8rem; align-items: center; cursor: pointer; }
.teams button { width: auto; flex: 1 1 40%; justify-content: center; }
button .letter { font-size: 2rem; font-weight: bold; color: #ffd24d; min-width: 2rem; }
button.chosen { background: #003344; border-color: #80e5ff; }
button.chosen .letter { color: #80e5ff; }
button:disabled { opacity: 0.55; cursor: default; }
button:focus-visible { outline: 4px solid #ffd24d; outline-offset: 2px; }
.row { display: flex; gap: 0.5rem; }
input { font: inherit; font-size: 2rem; width: 7rem; text-transform: uppercase; padding: 0.4rem;
  background: #fff; color: #000; border-radius: 0.4rem; border: 0; }
.row button { width: auto; }
)css";
}

std::string_view joinPageScript() {
    return R"js('use strict';
(function () {
  var LETTERS = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ';
  var params = new URLSearchParams(location.search);
  var room = (params.get('room') || '').toUpperCase();
  var state = { ballot: null, vote: null, transport: 'starting' };
  var pollTimer = null;

  function $(id) { return document.getElementById(id); }

  function storageGet(key) {
    try { return localStorage.getItem(key); } catch (e) { return null; }
  }
  function storageSet(key, value) {
    try { localStorage.setItem(key, value); } catch (e) { /* private mode: kept for this page */ }
  }

  // 128 random bits, kept so a reload or a reconnect is the same phone with the same vote.
  // crypto.randomUUID needs a secure context, which plain http on the room's Wi-Fi is not.
  function phoneToken() {
    var token = storageGet('frontline-token');
    if (token && /^[0-9a-f]{32}$/.test(token)) return token;
    var bytes = new Uint8Array(16);
    crypto.getRandomValues(bytes);
    token = Array.prototype.map.call(bytes, function (b) {
      return ('0' + b.toString(16)).slice(-2);
    }).join('');
    storageSet('frontline-token', token);
    return token;
  }
  var token = phoneToken();

  function teamKey() { return 'frontline-team-' + room; }
  function myTeam() {
    var saved = storageGet(teamKey());
    return saved === null || saved === '' ? null : Number(saved);
  }

  function setTransport(name) {
    state.transport = name;
    document.body.setAttribute('data-transport', name);
  }

  function setStatus(text, kind) {
    var status = $('status');
    status.textContent = text;
    status.className = kind || '';
  }

  function clear(node) { while (node.firstChild) node.removeChild(node.firstChild); }

  function renderTeams(ballot) {
    var section = $('teams');
    var list = $('team-list');
    clear(list);
    if (!ballot.teams || ballot.teams.length === 0) { section.hidden = true; return; }
    section.hidden = false;
    var chosen = myTeam();
    ballot.teams.forEach(function (name, index) {
      var button = document.createElement('button');
      button.type = 'button';
      button.textContent = name;
      if (chosen === index) button.className = 'chosen';
      button.addEventListener('click', function () {
        storageSet(teamKey(), String(index));
        render();
      });
      list.appendChild(button);
    });
  }

  function render() {
    var ballot = state.ballot;
    var options = $('options');
    clear(options);
    $('prompt').textContent = '';
    if (!ballot) return;
    renderTeams(ballot);
    if (!ballot.decision) { setStatus('Wait for the next decision'); return; }
    $('prompt').textContent = ballot.prompt || '';
    var team = myTeam();
    var teamMode = ballot.teams && ballot.teams.length > 0;
    var needTeam = teamMode && (team === null || team >= ballot.teams.length);
    var notMyTurn = teamMode && !needTeam && ballot.turnTeam !== null &&
        ballot.turnTeam !== undefined && ballot.turnTeam !== team;
    var voted = state.vote ? LETTERS.charAt(state.vote.option) : null;
    ballot.options.forEach(function (text, index) {
      var button = document.createElement('button');
      button.type = 'button';
      var letter = document.createElement('span');
      letter.className = 'letter';
      letter.textContent = LETTERS.charAt(index);
      var words = document.createElement('span');
      words.textContent = text;
      button.appendChild(letter);
      button.appendChild(words);
      button.setAttribute('data-option', String(index));
      if (state.vote && state.vote.option === index) button.className = 'chosen';
      button.disabled = !ballot.open || needTeam || notMyTurn;
      button.addEventListener('click', function () { vote(index); });
      options.appendChild(button);
    });
    if (!ballot.open) {
      setStatus(voted ? 'Votes are closed. Your vote: ' + voted : 'Votes are closed', 'closed');
    } else if (needTeam) {
      setStatus('Pick your team first');
    } else if (notMyTurn) {
      setStatus('It is ' + ballot.teams[ballot.turnTeam] + '\u2019s turn to choose');
    } else if (voted) {
      setStatus('Vote received: ' + voted + ' \u2014 tap another to change your mind', 'received');
    } else {
      setStatus('Tap your choice');
    }
  }

  function accept(data) {
    if (!data || typeof data !== 'object') return;
    state.ballot = data;
    state.vote = data.vote || null;
    render();
  }

  function problem(text) { $('problem').textContent = text; }

  function query() {
    return '?room=' + encodeURIComponent(room) + '&token=' + token;
  }

  function fetchBallot() {
    return fetch('/api/ballot' + query(), { cache: 'no-store' }).then(function (response) {
      if (response.status === 403) { problem('That room code is not in use here.'); return null; }
      if (!response.ok) return null;
      problem('');
      return response.json();
    }).then(accept).catch(function () { problem('No connection to the trainer\u2019s computer.'); });
  }

  function vote(option) {
    var ballot = state.ballot;
    if (!ballot) return;
    var body = { room: room, token: token, decision: ballot.decision, option: option };
    var team = myTeam();
    if (team !== null) body.team = team;
    fetch('/api/vote', {
      method: 'POST', cache: 'no-store',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify(body)
    }).then(function (response) {
      if (response.ok) {
        return response.json().then(function (data) {
          state.vote = { option: data.option };
          problem('');
          render();
        });
      }
      if (response.status === 429) problem('Too many taps: wait a moment and try again.');
      else if (response.status === 409) problem('');
      else problem('That vote was not accepted.');
      return fetchBallot();
    }).catch(function () { problem('No connection: tap again in a moment.'); });
  }

  function startPolling() {
    if (pollTimer !== null) return;
    setTransport('polling');
    pollTimer = setInterval(fetchBallot, 2000);
    fetchBallot();
  }

  // The server pushes each new ballot; if the socket cannot open or drops, poll every 2 s.
  function connect() {
    var socket;
    try {
      socket = new WebSocket((location.protocol === 'https:' ? 'wss://' : 'ws://') +
          location.host + '/ws' + query());
    } catch (e) { startPolling(); return; }
    var opened = false;
    socket.onopen = function () { opened = true; setTransport('websocket'); };
    socket.onmessage = function (event) {
      try { accept(JSON.parse(event.data)); } catch (e) { /* ignore a bad message */ }
    };
    socket.onclose = function () { startPolling(); };
    socket.onerror = function () { if (!opened) startPolling(); };
  }

  function start() {
    if (!/^[A-Z]{4}$/.test(room)) {
      $('join').hidden = false;
      setStatus('');
      $('go').addEventListener('click', function () {
        var code = $('code').value.trim().toUpperCase();
        if (/^[A-Z]{4}$/.test(code)) location.search = '?room=' + code;
      });
      return;
    }
    $('title').textContent = 'Frontline \u00b7 room ' + room;
    setTransport('starting');
    fetchBallot();
    connect();
  }

  start();
}());
)js";
}

} // namespace frontline::net
