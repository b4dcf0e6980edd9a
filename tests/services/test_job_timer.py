from __future__ import annotations

from datetime import UTC, datetime, timedelta

from cvi_companion.services.job_timer import JobTimer

T0 = datetime(2026, 11, 23, 10, 0, tzinfo=UTC)


def make(qtbot, now):
    timer = JobTimer(lambda: now[0])
    timer.start()
    return timer


def test_due_jobs_run_in_time_order_and_only_once(qtbot):
    now = [T0]
    timer = make(qtbot, now)
    ran: list[object] = []
    timer.add("b", T0 + timedelta(minutes=2), ran.append, "b")
    timer.add("a", T0 + timedelta(minutes=1), ran.append, "a")
    timer.add("c", T0 + timedelta(minutes=9), ran.append, "c")
    now[0] = T0 + timedelta(minutes=5)
    timer.wakeup()
    timer.wakeup()
    assert ran == ["a", "b"]
    assert timer.ids() == ["c"]


def test_a_job_may_schedule_its_own_id_again(qtbot):
    now = [T0]
    timer = make(qtbot, now)
    ran: list[object] = []

    def tick():
        ran.append(now[0])
        timer.add("tick", now[0] + timedelta(minutes=30), tick)

    timer.add("tick", T0, tick)
    timer.wakeup()
    assert timer.when("tick") == T0 + timedelta(minutes=30)


def test_a_job_replaced_with_a_later_one_during_a_pass_does_not_run_early(qtbot):
    now = [T0 + timedelta(minutes=10)]
    timer = make(qtbot, now)
    ran: list[object] = []

    def first():
        ran.append("first")
        timer.add("second", T0 + timedelta(hours=3), ran.append, "second-later")

    timer.add("first", T0, first)
    timer.add("second", T0 + timedelta(minutes=1), ran.append, "second")
    timer.wakeup()
    assert ran == ["first"]
    assert timer.when("second") == T0 + timedelta(hours=3)


def test_nothing_runs_after_stop(qtbot):
    now = [T0]
    timer = make(qtbot, now)
    ran: list[object] = []
    timer.add("x", T0, ran.append, "x")
    timer.stop()
    timer.wakeup()
    assert ran == []
