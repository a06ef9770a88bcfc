"""The progress of a backup, a verify or a restore: the worker reports (stage, bytes
done, bytes in all); the GUI thread gets the fraction with the latest stage and total
(the backup panel and the restore page word them each their way)."""

from __future__ import annotations

from collections.abc import Callable

from ui.workers import Worker

Show = Callable[[str, float, int], None]  # stage, fraction done, bytes in all


class StageProgress:
    def __init__(self, worker: Worker, show: Show) -> None:
        self._worker = worker
        self._show = show
        self._stage = ""
        self._total = 0  # written by the worker's report, read on the GUI thread

    def reporter(self) -> Callable[[str, int, int], None]:
        """A callable for one run's work, on the worker thread."""
        fraction = self._worker.progress(self._deliver)

        def report(stage: str, done: int, total: int) -> None:
            self._stage, self._total = stage, total
            fraction(done / total if total else 1.0)

        return report

    def _deliver(self, fraction: float) -> None:
        self._show(self._stage, fraction, self._total)
