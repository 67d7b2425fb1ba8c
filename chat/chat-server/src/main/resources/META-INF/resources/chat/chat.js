// Toolshed chat browser client: plain JavaScript, no build step.
// Speaks the protocol of docs/chat-protocol.md; renders every text with textContent, never innerHTML.
(() => {
  'use strict';

  const $ = (id) => document.getElementById(id);
  const state = {
    socket: null, nick: null, room: null, sessionId: null,
    epoch: null, offset: 0, joinedOnce: false,
    pending: new Map(),          // clientId -> text, sent but not yet seen back
    offline: false, attempts: 0, reconnectTimer: null,
    typingTimers: new Map(), lastTypingSent: 0,
  };

  function setStatus(text, isError) {
    $('status').textContent = text;
    $('status').classList.toggle('error', Boolean(isError));
  }

  function socketUrl() {
    const url = new URL('ws', window.location.href);
    url.protocol = url.protocol === 'https:' ? 'wss:' : 'ws:';
    url.search = '?frames=binary';  // frames arrive as binary messages of UTF-8 JSON, encoded once by the server
    return url.toString();
  }

  const decoder = new TextDecoder('utf-8');
  const messageText = (data) => (typeof data === 'string' ? data : decoder.decode(data));

  function connect() {
    clearTimeout(state.reconnectTimer);
    setStatus(state.joinedOnce ? 'Reconnecting…' : 'Connecting…');
    const socket = new WebSocket(socketUrl());
    socket.binaryType = 'arraybuffer';
    state.socket = socket;
    socket.addEventListener('open', () => {
      state.attempts = 0;
      const join = { type: 'join', room: state.room, nick: state.nick };
      if (state.joinedOnce && state.epoch) {
        join.resume = { epoch: state.epoch, offset: state.offset };
      }
      socket.send(JSON.stringify(join));
    });
    // One WebSocket message carries one or more frames, one JSON object per line.
    socket.addEventListener('message', (event) => messageText(event.data).split('\n').forEach((line) => handle(JSON.parse(line))));
    socket.addEventListener('close', (event) => {
      if (state.socket !== socket) return;
      state.socket = null;
      if (state.offline) {
        setStatus('Offline');
        return;
      }
      // Refusals for load or abuse (1008, 1013, 4001) wait longer before the first retry.
      if ([1008, 1013, 4001].includes(event.code)) state.attempts = Math.max(state.attempts, 3);
      const delay = Math.min(10000, 500 * 2 ** state.attempts) * (0.75 + Math.random() / 2);
      state.attempts += 1;
      setStatus(`Disconnected (${event.code}); retrying in ${Math.round(delay / 100) / 10} s`, true);
      state.reconnectTimer = setTimeout(connect, delay);
    });
  }

  function send(frame) {
    if (state.socket && state.socket.readyState === WebSocket.OPEN) {
      state.socket.send(JSON.stringify(frame));
      return true;
    }
    return false;
  }

  function handle(frame) {
    switch (frame.type) {
      case 'welcome': state.sessionId = frame.sessionId; break;
      case 'resumed': if (!frame.recovered) clearMessages(); break;
      case 'history': onHistory(frame); break;
      case 'message': onMessage(frame); break;
      case 'announcement': addLine('announcement', frame.text); break;
      case 'presence': renderPresence(frame.members); break;
      case 'typing': showTyping(frame.nick); break;
      case 'error': onError(frame); break;
      default: break;
    }
  }

  function onError(frame) {
    setStatus(`Error: ${frame.reason} (${frame.code})`, true);
    const badJoin = ['invalid_nick', 'invalid_room', 'nick_locked', 'too_many_rooms'].includes(frame.code);
    if (badJoin && !state.joinedOnce) {
      // The join itself was refused: back to the form, so the person can fix the nick or room.
      state.offline = true;
      if (state.socket) state.socket.close(1000, 'join refused');
      $('chat').hidden = true;
      $('join-form').hidden = false;
      $('nick').focus();
    }
  }

  function onHistory(frame) {
    if (!state.joinedOnce || state.epoch !== frame.epoch) {
      clearMessages();
    }
    state.epoch = frame.epoch;
    frame.messages.forEach(onMessage);
    state.joinedOnce = true;
    setStatus(`Connected to ${state.room} as ${state.nick}`);
    // Resend what the server may not have stored; clientIds make this idempotent.
    state.pending.forEach((text, clientId) => send({ type: 'message', room: state.room, text, clientId }));
  }

  function onMessage(message) {
    if (message.offset <= state.offset) return;
    state.offset = message.offset;
    if (message.clientId && state.pending.has(message.clientId)) {
      state.pending.delete(message.clientId);
      const shown = document.querySelector(`li.pending[data-client-id="${CSS.escape(message.clientId)}"]`);
      if (shown) shown.remove();
    }
    const li = addLine('message', message.text, message.nick, message.ts);
    li.dataset.offset = String(message.offset);
  }

  function addLine(kind, text, nick, ts) {
    const list = $('messages');
    const li = document.createElement('li');
    li.className = kind;
    if (ts) {
      const time = document.createElement('time');
      time.className = 'time';
      time.dateTime = new Date(ts).toISOString();
      time.textContent = new Date(ts).toLocaleTimeString([], { hour: '2-digit', minute: '2-digit' });
      li.append(time);
    }
    if (nick) {
      const who = document.createElement('span');
      who.className = 'nick';
      who.textContent = nick;
      li.append(who);
    }
    const body = document.createElement('span');
    body.className = 'text';
    body.textContent = text;
    li.append(body);
    const atBottom = list.scrollTop + list.clientHeight >= list.scrollHeight - 8;
    list.append(li);
    if (atBottom) list.scrollTop = list.scrollHeight;
    return li;
  }

  function clearMessages() {
    $('messages').replaceChildren();
    state.offset = 0;
  }

  function renderPresence(members) {
    $('presence').replaceChildren(...members.map((m) => {
      const li = document.createElement('li');
      li.textContent = m.nick;
      return li;
    }));
  }

  function showTyping(nick) {
    clearTimeout(state.typingTimers.get(nick));
    state.typingTimers.set(nick, setTimeout(() => {
      state.typingTimers.delete(nick);
      renderTyping();
    }, 3000));
    renderTyping();
  }

  function renderTyping() {
    const nicks = [...state.typingTimers.keys()];
    $('typing').textContent = nicks.length === 0 ? ''
      : `${nicks.join(', ')} ${nicks.length === 1 ? 'is' : 'are'} typing…`;
  }

  function newClientId() {
    return window.crypto && crypto.randomUUID ? crypto.randomUUID()
      : `${Date.now().toString(36)}-${Math.random().toString(36).slice(2)}`;
  }

  $('join-form').addEventListener('submit', (event) => {
    event.preventDefault();
    state.offline = false;
    state.nick = $('nick').value.trim();
    state.room = $('room').value.trim();
    $('join-form').hidden = true;
    $('chat').hidden = false;
    $('room-title').textContent = `Room ${state.room}`;
    connect();
    $('text').focus();
  });

  $('send-form').addEventListener('submit', (event) => {
    event.preventDefault();
    const text = $('text').value;
    if (!text.trim()) return;
    const clientId = newClientId();
    state.pending.set(clientId, text);
    const li = addLine('message pending', text, state.nick);
    li.dataset.clientId = clientId;
    send({ type: 'message', room: state.room, text, clientId });
    $('text').value = '';
  });

  $('text').addEventListener('input', () => {
    const now = Date.now();
    if (now - state.lastTypingSent > 2000 && send({ type: 'typing', room: state.room })) {
      state.lastTypingSent = now;
    }
  });

  $('connection-toggle').addEventListener('click', () => {
    state.offline = !state.offline;
    $('connection-toggle').textContent = state.offline ? 'Go online' : 'Go offline';
    if (state.offline) {
      clearTimeout(state.reconnectTimer);
      if (state.socket) state.socket.close(1000, 'offline');
    } else {
      state.attempts = 0;
      connect();
    }
  });
})();
