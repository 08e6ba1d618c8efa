"""Pacing: the token bucket alone, then shared by threads, tasks and with_options copies of a client."""

from __future__ import annotations

import asyncio
import heapq
import threading
from collections.abc import Callable
from typing import Any

import httpx
import pytest

from onerecord._ratelimit import RateLimiter
from onerecord.errors import RateLimitError

INTERVAL = 1.02 / 5  # default 5 req/s with the 2% safety margin


class VirtualTime:
    """A clock for concurrent tasks: sleepers wake in time order, the clock jumping to each wake-up (no real wait)."""

    def __init__(self) -> None:
        self.now = 1000.0
        self._sleepers: list[tuple[float, int, asyncio.Future[None]]] = []
        self._count = 0

    def __call__(self) -> float:
        return self.now

    async def sleep(self, seconds: float) -> None:
        future: asyncio.Future[None] = asyncio.get_running_loop().create_future()
        self._count += 1
        heapq.heappush(self._sleepers, (self.now + seconds, self._count, future))
        await future

    async def run(self, awaitable: Any) -> Any:
        task = asyncio.ensure_future(awaitable)
        while not task.done():
            for _ in range(50):  # let every runnable task reach its next sleep
                await asyncio.sleep(0)
            if self._sleepers:
                wake, _, future = heapq.heappop(self._sleepers)
                self.now = max(self.now, wake)
                future.set_result(None)
        return task.result()


def sliding_window_violations(times: list[float], limit: int = 5, window: float = 1.0) -> int:
    """How many requests a server counting the last ``window`` seconds (inclusive) would refuse."""
    return sum(1 for i in range(limit, len(times)) if times[i] - times[i - limit] <= window)


def test_default_spacing_with_burst_one(clock: Any) -> None:
    limiter = RateLimiter(clock=clock)
    sent = []
    for _ in range(6):
        limiter.finished(limiter.acquire(clock.sleep))  # answered at once
        sent.append(clock.now)
    assert clock.sleeps == [pytest.approx(INTERVAL)] * 5
    assert sliding_window_violations(sent) == 0


def test_exact_rate_without_margin_is_the_nominal_interval(clock: Any) -> None:
    limiter = RateLimiter(4.0, margin=0.0, clock=clock)
    for _ in range(3):
        limiter.acquire(clock.sleep)
    assert clock.sleeps == [0.25, 0.25]


def test_idle_time_is_not_banked_beyond_the_burst(clock: Any) -> None:
    limiter = RateLimiter(clock=clock)
    limiter.acquire(clock.sleep)
    clock.advance(10)  # a long pause must not allow a flood afterwards
    limiter.acquire(clock.sleep)
    limiter.acquire(clock.sleep)
    assert clock.sleeps == [pytest.approx(INTERVAL)]


def test_burst_lets_a_few_go_at_once_then_paces(clock: Any) -> None:
    limiter = RateLimiter(10.0, burst=3, margin=0.0, clock=clock)
    delays = [limiter.reserve().delay for _ in range(5)]
    assert delays == pytest.approx([0.0, 0.0, 0.0, 0.1, 0.2])


def test_pause_holds_everyone_back(clock: Any) -> None:
    limiter = RateLimiter(clock=clock)
    limiter.acquire(clock.sleep)
    limiter.pause(3.0)
    assert limiter.reserve().delay == pytest.approx(3.0)
    assert limiter.reserve().delay == pytest.approx(3.0 + INTERVAL)
    limiter.pause(0.5)  # a shorter pause never shortens a longer one
    assert limiter.reserve().delay == pytest.approx(3.0 + 2 * INTERVAL)


def test_a_pause_revokes_slots_handed_out_before_it(clock: Any) -> None:
    """A caller already sleeping towards its slot when another gets a 429 must not send inside the pause."""
    limiter = RateLimiter(clock=clock)
    limiter.acquire(clock.sleep)  # this request will get the 429
    paused = False

    def sleep_while_the_429_arrives(seconds: float) -> None:
        nonlocal paused
        if not paused:
            paused = True
            limiter.pause(3.0)  # the server asks for 3 s of silence while the second caller sleeps
        clock.sleep(seconds)

    start = clock.now
    limiter.acquire(sleep_while_the_429_arrives)
    assert clock.now - start == pytest.approx(3.0)  # not INTERVAL: the slot it had reserved was inside the pause
    assert clock.sleeps == [pytest.approx(INTERVAL), pytest.approx(3.0 - INTERVAL)]


def test_a_slot_beyond_the_pause_is_kept(clock: Any) -> None:
    limiter = RateLimiter(5.0, margin=0.0, clock=clock)
    slots = [limiter.reserve() for _ in range(4)]  # departures at +0, +0.2, +0.4, +0.6
    limiter.pause(0.3)
    clock.advance(0.6)
    assert [limiter.depart(slot) for slot in slots[1:]] == [None, 0.0, 0.0]  # revoked, kept, kept


@pytest.mark.anyio
async def test_a_pause_revokes_slots_of_waiting_tasks(clock: Any) -> None:
    limiter = RateLimiter(clock=clock)
    await limiter.acquire_async(clock.async_sleep)

    async def waiter() -> float:
        await limiter.acquire_async(clock.async_sleep)
        return clock.now

    task = asyncio.create_task(waiter())
    await asyncio.sleep(0)  # the task has reserved its slot and is sleeping towards it
    limiter.pause(2.0)
    sent_at = await task
    assert sent_at >= 1000.0 + 2.0


@pytest.mark.parametrize(("rate", "burst", "margin"), [(0, 1, 0.0), (-1, 1, 0.0), (5, 0, 0.0), (5, 1, -0.1)])
def test_invalid_settings_are_refused(rate: float, burst: int, margin: float) -> None:
    with pytest.raises(ValueError):
        RateLimiter(rate, burst=burst, margin=margin)


def test_threads_get_distinct_slots(clock: Any) -> None:
    """With the clock frozen, 400 concurrent reservations must be 400 different, evenly spaced slots."""
    limiter = RateLimiter(clock=clock)
    delays: list[float] = []
    lock = threading.Lock()
    start = threading.Barrier(8)

    def worker() -> None:
        start.wait()
        for _ in range(50):
            delay = limiter.reserve().delay
            with lock:
                delays.append(delay)

    threads = [threading.Thread(target=worker) for _ in range(8)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    assert sorted(delays) == pytest.approx([i * INTERVAL for i in range(400)])


@pytest.mark.anyio
async def test_async_acquire_does_not_block_the_event_loop(clock: Any) -> None:
    limiter = RateLimiter(5.0, clock=clock)
    ticks = 0

    async def ticker() -> None:
        nonlocal ticks
        while True:
            ticks += 1
            await asyncio.sleep(0)

    waited: list[float] = []

    async def fake_sleep(seconds: float) -> None:
        waited.append(seconds)
        clock.advance(seconds)
        for _ in range(20):  # stands in for the time spent waiting; the loop must keep running meanwhile
            await asyncio.sleep(0)

    task = asyncio.create_task(ticker())
    await limiter.acquire_async(fake_sleep)
    before = ticks
    await limiter.acquire_async(fake_sleep)
    task.cancel()
    assert len(waited) == 1
    assert ticks - before >= 10


def test_client_paces_every_call(api: Any, clock: Any, make_client: Callable[..., Any]) -> None:
    client = make_client(rate_limit=5.0)
    for _ in range(10):
        client.request("GET", "/shipment")
    # 11 requests (token + 10): 10 waits of one interval each
    assert clock.sleeps == [pytest.approx(INTERVAL)] * 10


def test_rate_limit_none_disables_pacing(api: Any, clock: Any, make_client: Callable[..., Any]) -> None:
    client = make_client(rate_limit=None)
    for _ in range(10):
        client.request("GET", "/shipment")
    assert clock.sleeps == []


def test_custom_rate(api: Any, clock: Any, make_client: Callable[..., Any]) -> None:
    client = make_client(rate_limit=2.0)
    client.request("GET", "/shipment")
    assert clock.sleeps == [pytest.approx(1.02 / 2)]


def test_with_options_copies_share_the_limiter(api: Any, clock: Any, make_client: Callable[..., Any]) -> None:
    client = make_client(rate_limit=5.0)
    copy = client.with_options(timeout=3.0)
    client.request("GET", "/a")
    copy.request("GET", "/b")
    client.request("GET", "/c")
    assert copy._limiter is client._limiter
    assert clock.sleeps == [pytest.approx(INTERVAL)] * 3


def test_a_429_pauses_the_whole_client(api: Any, clock: Any, make_client: Callable[..., Any]) -> None:
    client = make_client(rate_limit=5.0)
    client.request("GET", "/warm-up")
    clock.sleeps.clear()
    api.api_replies += [httpx.Response(429, headers={"Retry-After": "4"})]
    client.request("GET", "/shipment")
    # one pacing wait, then exactly the 4 s asked for (the pause and the retry wait are not added up)
    assert clock.sleeps == [pytest.approx(INTERVAL), 4.0]
    # a request from another thread right after is held back by the same pause
    limiter = client._limiter
    assert limiter.reserve().delay == pytest.approx(INTERVAL)


@pytest.mark.parametrize("max_retries", [0, 1])
def test_a_429_that_is_not_retried_still_pauses_the_client(
    max_retries: int, api: Any, clock: Any, make_client: Callable[..., Any]
) -> None:
    """The caller gets the RateLimitError, and the others sharing the client keep quiet for the Retry-After."""
    client = make_client(rate_limit=5.0, max_retries=max_retries)
    client.request("GET", "/warm-up")
    api.api_replies += [httpx.Response(429, headers={"Retry-After": "3"})] * (max_retries + 1)
    with pytest.raises(RateLimitError):
        client.request("GET", "/shipment")
    assert client._limiter.reserve().delay == pytest.approx(3.0)


def test_a_429_with_a_retry_after_beyond_the_cap_does_not_pause_the_client(
    api: Any, clock: Any, make_client: Callable[..., Any]
) -> None:
    client = make_client(rate_limit=5.0, max_retries=0)
    api.api_replies += [httpx.Response(429, headers={"Retry-After": "3600"})]
    with pytest.raises(RateLimitError):
        client.request("GET", "/shipment")
    assert client._limiter.reserve().delay < 1.0  # no thread is held for an hour: each caller gets the error


@pytest.mark.anyio
async def test_async_client_paces(api: Any, make_async_client: Callable[..., Any]) -> None:
    time = VirtualTime()
    sent: list[float] = []

    def record(request: httpx.Request) -> httpx.Response:
        sent.append(time.now)
        return httpx.Response(200, json={})

    api.api_replies += [record] * 5
    client = make_async_client(rate_limit=5.0, clock=time, sleep=time.sleep)
    await time.run(asyncio.gather(*(client.request("GET", "/shipment") for _ in range(5))))
    # The token request took the first slot; the five calls leave one interval apart after it.
    assert sent == pytest.approx([1000.0 + INTERVAL * i for i in range(1, 6)])


def test_window_rule_waits_for_a_slow_request_to_leave_the_window(clock: Any) -> None:
    """A request that took 0.3 s to answer may have reached the server 0.3 s late: the sixth waits for it."""
    limiter = RateLimiter(5.0, margin=0.0, clock=clock)
    first = limiter.acquire(clock.sleep)
    clock.advance(0.3)
    limiter.finished(first)
    delays = [limiter.reserve().delay for _ in range(5)]
    assert delays == pytest.approx([0.0, 0.2, 0.4, 0.6, 1.0])  # spacing alone would have said 0.8 for the last


def test_window_rule_uses_departure_while_in_flight(clock: Any) -> None:
    limiter = RateLimiter(5.0, margin=0.0, clock=clock)
    limiter.reserve()
    clock.advance(0.3)
    assert [limiter.reserve().delay for _ in range(5)] == pytest.approx([0.0, 0.2, 0.4, 0.6, 0.8])


def test_window_rule_allows_bursts_but_never_more_than_the_rate_per_window(clock: Any) -> None:
    limiter = RateLimiter(5.0, burst=5, margin=0.0, clock=clock)
    first = [limiter.reserve() for _ in range(5)]
    assert [s.delay for s in first] == pytest.approx([0.0] * 5)
    assert [limiter.depart(s) for s in first] == [0.0] * 5
    for slot in first:
        limiter.finished(slot)
    assert limiter.reserve().delay == pytest.approx(1.0)


def test_client_holds_the_sixth_request_after_a_slow_first_one(
    api: Any, clock: Any, make_client: Callable[..., Any]
) -> None:
    arrivals: list[float] = []

    def slow_connection(request: httpx.Request) -> httpx.Response:
        clock.advance(0.3)  # e.g. a TLS handshake on the first connection
        arrivals.append(clock.now)
        return api.issue_token()

    def record(request: httpx.Request) -> httpx.Response:
        arrivals.append(clock.now)
        return httpx.Response(200, json={})

    api.token_replies += [slow_connection]
    api.api_replies += [record] * 5
    client = make_client(rate_limit=5.0)
    for _ in range(5):
        client.request("GET", "/shipment")
    assert clock.sleeps == pytest.approx([INTERVAL, INTERVAL, INTERVAL, 1.0 - 3 * INTERVAL])
    assert arrivals[5] - arrivals[0] >= 1.0
