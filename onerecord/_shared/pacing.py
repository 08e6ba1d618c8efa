"""The pacing rules as a pure function of a small record and the store's clock (memory and SQLite stores).

The Redis store runs the same rules in Lua (:mod:`onerecord._shared.redis_lua`); keep the two in step.

Record: ``{"next": float, "epoch": int, "paused": float, "seq": int, "last": float, "slots": {id: slot}}``
where a slot is ``[planned, state, t]``: its planned departure, its state (reserved, departed, finished, void) and
the time of that state (departure, or finish = latest time the request can have reached the server).

The window rule (at most N requests in any window at the server) is checked twice: when a slot is reserved (against
what is known then) and again when it is due (``depart``). The second check is what makes it hold under contention:
by then the request N places earlier has usually finished, so its finish time bounds when it reached the server,
whatever the network did. If it has not finished (or not even left) yet, the slot waits for that, polling, for at
most ``WAIT_LIMIT`` beyond its window (a request hanging that long no longer holds the others back).
"""

from __future__ import annotations

from typing import Any

from .protocol import PacingRule, Ticket

__all__ = ["WAIT_LIMIT", "abandon", "depart", "finished", "new_record", "pause", "reserve"]

RESERVED, DEPARTED, FINISHED, VOID, TAKEN = 0, 1, 2, 3, 4  # TAKEN: reserved, then handed to a priority request
POLL = 0.02  # how long to wait before asking again about a predecessor that has not left or not finished yet
WAIT_LIMIT = 2.0  # beyond its window, a predecessor that has not left (or not finished) stops holding others back
IN_FLIGHT_GRACE = 30.0  # a slot unfinished (or unused) this long after its window is dropped from the record
NEVER = -1.0e18  # "no time yet" (JSON and Lua have no infinity)
EPSILON = 1e-9  # a caller woken at its slot's time by a float sum just short of it is on time

Record = dict[str, Any]


def new_record(now: float, *, silence: float = 0.0) -> Record:
    """An empty record. A store that lost its state while clients were running (a restarted Redis) starts with
    ``silence`` (one window): the requests sent just before the loss are no longer known."""
    return {
        "next": now + silence if silence > 0 else NEVER,
        "epoch": 0,
        "paused": NEVER,
        "seq": 0,
        "last": now,
        "slots": {},
    }


def _bound(slot: list[float]) -> float:
    """Latest known time at which the slot's request reached (or will be counted at) the server."""
    return slot[0] if slot[1] in (RESERVED, VOID, TAKEN) else slot[2]


def _prune(record: Record, rule: PacingRule, now: float) -> None:
    slots: dict[str, list[float]] = record["slots"]
    for key in [k for k, s in slots.items() if _stale(s, rule, now)]:
        del slots[key]


def _stale(slot: list[float], rule: PacingRule, now: float) -> bool:
    if slot[1] in (FINISHED, VOID):
        return _bound(slot) + rule.window < now
    if slot[1] == DEPARTED:
        return slot[2] + rule.window + IN_FLIGHT_GRACE < now
    return slot[0] + rule.window + IN_FLIGHT_GRACE < now  # reserved long ago, its caller gone


def reserve(record: Record, rule: PacingRule, now: float, priority: bool = False) -> Ticket:
    """The next slot at the end of the queue; with ``priority`` (the token request, which every other call waits
    for), the earliest slot not yet due instead: its owner finds it taken when it wakes and queues again."""
    _prune(record, rule, now)
    record["last"] = max(record["last"], now)
    if priority:
        waiting = [
            (slot[0], int(key)) for key, slot in record["slots"].items() if slot[1] == RESERVED and slot[0] >= now
        ]
        if waiting:
            planned, ident = min(waiting)
            record["slots"][str(ident)][1] = TAKEN
            return Ticket(ident, planned - now, -record["epoch"] - 1)  # a negative epoch marks the new owner
    next_free = max(record["next"], now)
    start = max(now, next_free - (rule.burst - 1) * rule.interval)
    seq = record["seq"] + 1
    predecessor = record["slots"].get(str(seq - rule.window_count))
    if predecessor is not None:
        start = max(start, _bound(predecessor) + rule.window)
    record["next"] = max(next_free, start) + rule.interval
    record["seq"] = seq
    record["slots"][str(seq)] = [start, RESERVED, 0.0]
    return Ticket(seq, start - now, record["epoch"])


def depart(record: Record, rule: PacingRule, ticket: Ticket, now: float) -> float | None:
    record["last"] = max(record["last"], now)
    slot = record["slots"].get(str(ticket.id))
    taker = ticket.epoch < 0
    if slot is None or slot[1] != (TAKEN if taker else RESERVED):
        return None  # forgotten (its caller overslept by far), already used, or taken: reserve again
    epoch = -ticket.epoch - 1 if taker else ticket.epoch
    if epoch != record["epoch"] and slot[0] < record["paused"]:
        slot[1] = VOID  # a pause announced after the reservation falls on it
        return None
    need: float = slot[0]
    predecessor = record["slots"].get(str(ticket.id - rule.window_count))
    if predecessor is not None:
        need = max(need, _bound(predecessor) + rule.window)
        unsettled = predecessor[1] in (RESERVED, DEPARTED, TAKEN)  # not left yet, or no answer yet
        if need <= now + EPSILON and unsettled and now < _bound(predecessor) + rule.window + WAIT_LIMIT:
            return POLL  # leaving now could put us less than a window after it at the server
    if need > now + EPSILON:
        return need - now
    slot[1], slot[2] = DEPARTED, now
    return 0.0


def finished(record: Record, ticket: Ticket, now: float) -> None:
    slot = record["slots"].get(str(ticket.id))
    if slot is not None and slot[1] == DEPARTED:
        slot[1], slot[2] = FINISHED, max(slot[2], now)


def abandon(record: Record, ticket: Ticket) -> None:
    """The slot will not be used: its caller was cancelled, or gave it back before sending (no usable token)."""
    slot = record["slots"].get(str(ticket.id))
    if slot is None:
        return
    if slot[1] == DEPARTED or slot[1] == (TAKEN if ticket.epoch < 0 else RESERVED):
        slot[1] = VOID


def pause(record: Record, rule: PacingRule, seconds: float, now: float) -> None:
    if seconds <= 0:
        return
    record["epoch"] += 1
    record["paused"] = max(record["paused"], now + seconds)
    resume = now + seconds + (rule.burst - 1) * rule.interval
    record["next"] = max(record["next"], resume)
