"""`kzcheck watch`: stay running on election night; after each save re-check what it touched and say what changed.

The folder is watched with `watchfiles` (the operating system's file events). After each batch of saves only the
changed files are re-read and only the elections they belong to re-checked (kzcheck/incremental.py), and of their
checks only those that read something that changed run again (kzcheck/reuse.py); the findings
that appeared, went away or stayed are printed, in the terms of `--baseline`. Input kzcheck cannot use (a file caught
half-written by an editor, say) or a check that breaks is reported, and the watcher waits for the next save. Ctrl-C
stops it (exit 0).
"""

from __future__ import annotations

import signal
import sys
import threading
import time
from pathlib import Path

import click

from kzcheck.cli import guarded
from kzcheck.commands.common import Options, debug_requested, report_option, shared_options, today_option, write_output

DEBOUNCE_MS = 50  # saves this close together are one batch (an editor's write-and-rename is one save)


def _line(sign: str, f) -> str:
    from kzcheck.neutral import neutral

    where = f.place if f.file else f":{f.row}" if f.row is not None else ""
    return f"  {sign} {f.label:<12} {f.check}  {neutral(where)}  {neutral(f.message)}"


def narrow_update(update, opts: Options):
    """The update with only the findings `--select`/`--ignore`/`--severity` keep, in its delta and its result."""
    from dataclasses import replace

    from kzcheck.model.findings import Severity
    from kzcheck.model.selection import narrow

    def keep(fs):
        return [f for f in fs if opts.chosen(f.check) and opts.shown(f.severity.value)]

    d = update.delta
    delta = replace(d, new=keep(d.new), fixed=keep(d.fixed), unchanged=keep(d.unchanged))
    result = update.result
    if result is not None:
        result = narrow(result, opts.select, opts.ignore, Severity(opts.severity) if opts.severity else None)
    return replace(update, delta=delta, result=result)


def show_update(update, out, opts: Options) -> None:
    """`report_update` under the shared options: narrowed; with --quiet its first line alone; with -o/--output the
    latest update replaces FILE atomically (a reader sees the last update whole)."""
    import io

    update = narrow_update(update, opts)
    text = io.StringIO()
    report_update(update, text)
    shown = text.getvalue()
    if opts.output is not None:
        write_output(shown, opts.output)
    if opts.quiet:
        shown = shown.splitlines(keepends=True)[0] if shown else ""
    if opts.output is None or opts.quiet:
        out.write(shown)
        out.flush()


def report_update(update, out) -> None:
    """One run of the engine as a person reads it: what was checked, the counts, each new and fixed finding."""
    stamp = time.strftime("%H:%M:%S")
    checked = ", ".join(update.checked) if update.checked else "nothing (no data file changed)"
    if update.error is not None:
        out.write(f"{stamp} checked {checked}: cannot use the data now\n  {update.error}\n")
        out.write("  waiting for the next save\n")
        out.flush()
        return
    c = update.delta.counts()
    out.write(
        f"{stamp} checked {checked} in {update.seconds:.2f} s: "
        f"{c['new']} new, {c['fixed']} fixed, {c['unchanged']} unchanged\n"
    )
    for f in update.delta.new:
        out.write(_line("+", f) + "\n")
    for f in update.delta.fixed:
        out.write(_line("-", f) + "  (fixed)\n")
    if update.result is not None:
        errored = [o for o in update.result.outcomes if o.status is not None and o.status.value == "errored"]
        for o in errored:
            out.write(f"  ! errored      {o.check}  {o.note}\n")
    out.flush()


@click.command("watch")
@shared_options(fail_on=True)
@today_option
@report_option("Also rewrite the HTML report in DIR after each save (atomically: a reader never sees half a report).")
@click.option("--once", is_flag=True, help="Check once, print the findings and exit (0, 1 or 2 as validate does).")
@guarded
def command(opts: Options, today: str | None, report_dir: Path | None, once: bool) -> None:
    """Watch the data folder; after each save, re-check what changed and print new, fixed and unchanged findings."""
    import watchfiles

    from kzcheck.incremental import Engine
    from kzcheck.model.config import RunConfig

    if report_dir is not None:
        from kzcheck.render.html.folder import ensure_replaceable

        ensure_replaceable(report_dir)
    from kzcheck.load.dataset import discover

    opts.check_codes_early()
    root = opts.root
    discover(root, opts.only)  # a folder that is not a data folder at all is exit 2, not a wait
    engine = Engine(root, opts.only, RunConfig(today=today, debug=debug_requested()))
    out = sys.stdout
    if once:
        from kzcheck.cli import fast_exit
        from kzcheck.model.findings import Severity

        update = narrow_update(engine.start(each=False), opts)
        show_update(update, out, opts)
        if update.result is None:
            fast_exit(2)
            return
        if report_dir is not None:
            _write_report(engine, report_dir)
        fast_exit(update.result.exit_code(Severity(opts.fail_on)))
    click.echo(f"kzcheck watch: watching {root} (Ctrl-C to stop)", err=True)
    stop = threading.Event()
    previous = signal.signal(signal.SIGINT, _stop_on_interrupt(stop))
    try:
        _step(engine.start, report_dir, engine, out, opts)
        for changes in watchfiles.watch(
            root,
            debounce=DEBOUNCE_MS,
            step=10,
            stop_event=stop,
            raise_interrupt=False,
            ignore_permission_denied=True,
        ):
            if stop.is_set():
                break
            paths = sorted({Path(p) for _, p in changes})
            _step(lambda paths=paths: engine.changed(paths), report_dir, engine, out, opts)
    except KeyboardInterrupt:
        pass
    finally:
        signal.signal(signal.SIGINT, previous)
    click.echo("kzcheck watch: stopped", err=True)


def _stop_on_interrupt(stop: threading.Event):  # noqa: ANN202
    """Ctrl-C asks the watcher to stop once the check under way has finished: an interrupt raised at any point of a
    run could leave a lock held (a logging handler's, say) that the interpreter then waits on forever at exit. A
    second Ctrl-C, while that check still runs, stops at once."""

    def handler(signum: int, frame: object) -> None:
        if stop.is_set():
            raise KeyboardInterrupt
        stop.set()

    return handler


def _step(run, report_dir: Path | None, engine, out, opts: Options) -> None:
    """One run of the engine; nothing it meets stops the watcher, except Ctrl-C."""
    from kzcheck.model.errors import InputError
    from kzcheck.neutral import neutral

    try:
        update = run()
        show_update(update, out, opts)
        if report_dir is not None and update.error is None and update.checked:
            _write_report(engine, report_dir)
    except KeyboardInterrupt:
        raise
    except InputError as exc:
        out.write(f"kzcheck: {exc.safe()}\n  waiting for the next save\n")
        out.flush()
    except Exception as exc:
        if debug_requested():
            raise
        out.write(
            f"kzcheck: internal error: {type(exc).__name__}: {neutral(exc)}\n"
            "  this is a bug in kzcheck, not in your data (rerun with --debug for details); waiting for the next save\n"
        )
        out.flush()


def _write_report(engine, report_dir: Path) -> None:
    """The whole report from a full run over the cached files (the report shows every election's tables)."""
    from kzcheck.render.html.folder import write_report
    from kzcheck.run import validate

    result = validate(engine.root, engine.only, engine.config, reader=engine.cache, reuse=engine.reuse)
    write_report(result, report_dir)
