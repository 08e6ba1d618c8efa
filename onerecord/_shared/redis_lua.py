"""The Lua scripts of the Redis store: the rules of :mod:`onerecord._shared.pacing`, run atomically by Redis.

Keep in step with ``pacing.py`` (the tests run both stores through the same scenarios). Times are seconds from the
record's ``base`` (a Redis ``TIME`` second), so they stay small enough for cjson's 14 significant digits. If the
Redis host's clock steps back, ``base`` is moved so that the record's time never runs backwards.
Scripts return strings: Redis would truncate Lua numbers to integers.
"""

from __future__ import annotations

__all__ = ["PACING", "TOKEN"]

PACING = """
local RESERVED, DEPARTED, FINISHED, VOID, TAKEN = 0, 1, 2, 3, 4
local POLL, WAIT_LIMIT, IN_FLIGHT_GRACE, EPSILON, NEVER = 0.02, 2.0, 30.0, 1e-9, -1.0e18
local op = ARGV[1]
local interval, burst = tonumber(ARGV[2]), tonumber(ARGV[3])
local wcount, window = tonumber(ARGV[4]), tonumber(ARGV[5])
local id, epoch, seconds = tonumber(ARGV[6]), tonumber(ARGV[7]), tonumber(ARGV[8])
local known, ttl, priority = ARGV[9] == '1', tonumber(ARGV[10]), ARGV[11] == '1'

local t = redis.call('TIME')
local sec, usec = tonumber(t[1]), tonumber(t[2])
local raw = redis.call('GET', KEYS[1])
local rec, now
if raw then
  rec = cjson.decode(raw)
  now = (sec - rec.base) + usec / 1e6
  if now < rec.last then
    rec.base = rec.base - (rec.last - now)
    now = rec.last
  end
else
  if op == 'finished' or op == 'abandon' then return 'ok' end
  now = usec / 1e6
  rec = {base = sec, next = NEVER, epoch = 0, paused = NEVER, seq = 0, last = now, slots = {}}
  if known then rec.next = now + window end
end
rec.last = math.max(rec.last, now)
local slots = rec.slots

local function bound(s)
  if s[2] == RESERVED or s[2] == VOID or s[2] == TAKEN then return s[1] end
  return s[3]
end

local function stale(s)
  if s[2] == FINISHED or s[2] == VOID then return bound(s) + window < now end
  if s[2] == DEPARTED then return s[3] + window + IN_FLIGHT_GRACE < now end
  return s[1] + window + IN_FLIGHT_GRACE < now
end

local function save()
  redis.call('SET', KEYS[1], cjson.encode(rec), 'PX', ttl)
end

if op == 'reserve' then
  local gone = {}
  for k, s in pairs(slots) do
    if stale(s) then gone[#gone + 1] = k end
  end
  for _, k in ipairs(gone) do slots[k] = nil end
  if priority then
    local best, best_key = nil, nil
    for k, s in pairs(slots) do
      if s[2] == RESERVED and s[1] >= now then
        local ident = tonumber(k)
        if best == nil or s[1] < best[1] or (s[1] == best[1] and ident < tonumber(best_key)) then
          best, best_key = s, k
        end
      end
    end
    if best then
      best[2] = TAKEN
      save()
      return {best_key, tostring(best[1] - now), tostring(-rec.epoch - 1)}
    end
  end
  local next_free = math.max(rec.next, now)
  local start = math.max(now, next_free - (burst - 1) * interval)
  local seq = rec.seq + 1
  local pred = slots[tostring(seq - wcount)]
  if pred then start = math.max(start, bound(pred) + window) end
  rec.next = math.max(next_free, start) + interval
  rec.seq = seq
  slots[tostring(seq)] = {start, RESERVED, 0}
  save()
  return {tostring(seq), tostring(start - now), tostring(rec.epoch)}
elseif op == 'depart' then
  local slot = slots[tostring(id)]
  local taker = epoch < 0
  local expected = RESERVED
  if taker then expected = TAKEN end
  if not slot or slot[2] ~= expected then save() return 'none' end
  local own_epoch = epoch
  if taker then own_epoch = -epoch - 1 end
  if own_epoch ~= rec.epoch and slot[1] < rec.paused then
    slot[2] = VOID
    save()
    return 'none'
  end
  local need = slot[1]
  local pred = slots[tostring(id - wcount)]
  if pred then
    need = math.max(need, bound(pred) + window)
    local unsettled = pred[2] == RESERVED or pred[2] == DEPARTED or pred[2] == TAKEN
    if need <= now + EPSILON and unsettled and now < bound(pred) + window + WAIT_LIMIT then return tostring(POLL) end
  end
  if need > now + EPSILON then return tostring(need - now) end
  slot[2], slot[3] = DEPARTED, now
  save()
  return '0'
elseif op == 'finished' then
  local slot = slots[tostring(id)]
  if slot and slot[2] == DEPARTED then
    slot[2], slot[3] = FINISHED, math.max(slot[3], now)
    save()
  end
  return 'ok'
elseif op == 'abandon' then
  local slot = slots[tostring(id)]
  local mine = RESERVED
  if epoch < 0 then mine = TAKEN end
  if slot and (slot[2] == DEPARTED or slot[2] == mine) then
    slot[2] = VOID
    save()
  end
  return 'ok'
elseif op == 'pause' then
  if seconds > 0 then
    rec.epoch = rec.epoch + 1
    rec.paused = math.max(rec.paused, now + seconds)
    rec.next = math.max(rec.next, now + seconds + (burst - 1) * interval)
  end
  save()
  return 'ok'
end
return redis.error_reply('unknown pacing operation ' .. tostring(op))
"""

TOKEN = """
local op = ARGV[1]
local t = redis.call('TIME')
local now = tonumber(t[1]) * 1000 + math.floor(tonumber(t[2]) / 1000)
if op == 'read' then
  local raw = redis.call('GET', KEYS[1])
  if not raw then return false end
  local token = cjson.decode(raw)
  if token.u <= now then return false end
  return {token.v, tostring((token.f - now) / 1000), tostring((token.u - now) / 1000)}
elseif op == 'write' then
  local fresh_ms, usable_ms = math.floor(tonumber(ARGV[3]) * 1000), math.floor(tonumber(ARGV[4]) * 1000)
  if usable_ms <= 0 then return 'ok' end
  redis.call('SET', KEYS[1], cjson.encode({v = ARGV[2], f = now + fresh_ms, u = now + usable_ms}), 'PX', usable_ms)
  return 'ok'
elseif op == 'drop' then
  local raw = redis.call('GET', KEYS[1])
  if raw and cjson.decode(raw).v == ARGV[2] then redis.call('DEL', KEYS[1]) end
  return 'ok'
elseif op == 'lock' then
  local holder = redis.call('GET', KEYS[2])
  if holder and holder ~= ARGV[2] then return '0' end
  redis.call('SET', KEYS[2], ARGV[2], 'PX', math.max(1, math.floor(tonumber(ARGV[3]) * 1000)))
  return '1'
elseif op == 'unlock' then
  if redis.call('GET', KEYS[2]) == ARGV[2] then redis.call('DEL', KEYS[2]) end
  return 'ok'
end
return redis.error_reply('unknown token operation ' .. tostring(op))
"""
