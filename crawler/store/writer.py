"""The writer thread of a crawl run: the run's database work, job after job, off the crawl's thread.

:class:`Writer` is what keeps the crawl from waiting on the database (see
:mod:`crawler.store.runs`): the reactor queues a job and gets a Deferred that fires back on the
reactor with the job's result.
"""

from __future__ import annotations

import queue
import threading

from twisted.internet.defer import Deferred, maybeDeferred
from twisted.python.failure import Failure


class Writer:
    """One thread that does a crawl run's database work, job after job, in the order submitted.

    The crawl's thread (the Twisted reactor) never waits on the database: :meth:`submit` queues
    a job and returns a Deferred that fires back on the crawl's thread (``call_in_owner``:
    ``reactor.callFromThread``) with the job's result. Without a running reactor (the pipeline
    harness of the tests and benchmarks) :meth:`settle` waits for the jobs and fires their
    Deferreds on the calling thread. The thread is a daemon: the run's shutdown trigger and
    :meth:`CrawlRun.finish` wait until it is idle, so no queued job is abandoned.
    """

    def __init__(self, name: str, call_in_owner=None):
        self._jobs: queue.SimpleQueue = queue.SimpleQueue()
        self._done: queue.SimpleQueue = queue.SimpleQueue()
        self._call_in_owner = call_in_owner
        self.pending = 0  # jobs submitted whose Deferred has not fired yet
        self._idle_waiters: list[Deferred] = []
        self.stopped = False
        self._thread = threading.Thread(target=self._loop, name=name, daemon=True)
        self._thread.start()

    def submit(self, fn, *args) -> Deferred:
        """Run ``fn(*args)`` on the writer thread. After :meth:`stop` (a straggler after the
        run's end) it runs on the caller's thread instead: late, never lost."""
        if self.stopped:
            return maybeDeferred(fn, *args)
        d = Deferred()
        self.pending += 1
        self._jobs.put((fn, args, d))
        return d

    def stop(self) -> None:
        """No more jobs: the thread ends after those already queued."""
        if not self.stopped:
            self.stopped = True
            self._jobs.put(None)

    def join(self, timeout: float | None = None) -> None:
        self._thread.join(timeout)

    def _loop(self) -> None:
        while (job := self._jobs.get()) is not None:
            fn, args, d = job
            try:
                outcome = (True, fn(*args))
            except BaseException:  # handed to the Deferred's errback on the crawl's thread
                outcome = (False, Failure())
            self._done.put((d, outcome))
            if self._call_in_owner is not None:
                self._call_in_owner(self.deliver)

    def deliver(self) -> None:
        """Fire the Deferreds of the jobs done (on the crawl's thread)."""
        while True:
            try:
                d, outcome = self._done.get_nowait()
            except queue.Empty:
                break
            self._fire(d, outcome)
        self._check_idle()

    def _fire(self, d: Deferred, outcome) -> None:
        self.pending -= 1
        ok, value = outcome
        if ok:
            d.callback(value)
        else:
            d.errback(value)

    def idle(self) -> Deferred:
        """A Deferred that fires when every job submitted (and those their callbacks submit) is done."""
        d = Deferred()
        self._idle_waiters.append(d)
        self._check_idle()
        return d

    def _check_idle(self) -> None:
        while self.pending == 0 and self._idle_waiters:
            waiters, self._idle_waiters = self._idle_waiters, []
            for d in waiters:
                d.callback(None)

    def settle(self) -> None:
        """Without a reactor: wait for every job, firing Deferreds on this thread, until idle."""
        while True:
            while self.pending:
                d, outcome = self._done.get()
                self._fire(d, outcome)
            self._check_idle()
            if not self.pending:
                return

