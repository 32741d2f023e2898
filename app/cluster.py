"""The extraction on a Dask distributed cluster: the workers run `extract_texts`, this process writes.

Batches of texts go to the cluster as tasks; at most `window` are in flight (by default two per worker
thread), so neither the client nor the scheduler holds the corpus. Results come back in the order they
finish and this process, the one writer, stores them. Workers need stancegraph and the spaCy model
installed (the pipeline is loaded once per worker thread and kept).
"""

from __future__ import annotations

import time
from collections.abc import Iterable, Iterator

from app.extraction import PipelineSpec, extract_texts
from nlp.readers import Article
from nlp.records import Extraction

WORKER_WAIT_SECONDS = 60.0
WINDOW_REFRESH_SECONDS = 5.0


class ClusterError(RuntimeError):
    """The cluster cannot be used: Dask missing, scheduler unreachable, no workers, or workers failing."""


class DaskRunner:
    def __init__(self, address: str, spec: PipelineSpec, *, window: int | None = None,
                 wait_for_workers: float = WORKER_WAIT_SECONDS) -> None:
        try:
            from distributed import Client
        except ImportError:
            raise ClusterError("--dask needs Dask: pip install 'stancegraph[dask]'") from None
        self.address = address
        self.spec = spec
        self._fixed_window = window
        try:
            self.client = Client(address, set_as_default=False)
        except (OSError, TimeoutError, ValueError) as err:
            raise ClusterError(f"cannot reach the Dask scheduler at {address}: {err}") from None
        try:
            self.client.wait_for_workers(1, timeout=wait_for_workers)
        except TimeoutError:
            self.client.close()
            raise ClusterError(f"the Dask scheduler at {address} has no workers "
                               f"(waited {wait_for_workers:.0f} s)") from None

    def close(self) -> None:
        self.client.close()

    def window(self) -> int:
        """Batches in flight: two per worker thread, so no worker waits for the client."""
        if self._fixed_window:
            return self._fixed_window
        return 2 * max(1, sum(self.client.nthreads().values()))

    def map(self, batches: Iterable[list[Article]]) -> Iterator[tuple[list[Article], list[Extraction]]]:
        from distributed import as_completed

        source = iter(batches)
        pending: dict[str, list[Article]] = {}
        completed = as_completed(loop=self.client.loop)
        window, refreshed = self.window(), time.monotonic()

        def submit_more() -> None:
            while len(pending) < window:
                batch = next(source, None)
                if batch is None:
                    return
                future = self.client.submit(extract_texts, [a.text for a in batch], self.spec, pure=False)
                pending[future.key] = batch
                completed.add(future)

        submit_more()
        for future in completed:
            batch = pending.pop(future.key)
            try:
                extractions = future.result()
            except Exception as err:
                raise _explain(err) from None
            finally:
                future.release()
            yield batch, extractions
            if time.monotonic() - refreshed > WINDOW_REFRESH_SECONDS:  # workers may have joined or left
                window, refreshed = self.window(), time.monotonic()
            submit_more()


def _explain(err: Exception) -> Exception:
    from nlp.pipeline import ModelNotFound

    if isinstance(err, ModelNotFound):
        return ModelNotFound(f"on a Dask worker: {err}")
    name = type(err).__name__
    if name == "KilledWorker":
        return ClusterError(f"Dask workers died running the extraction ({err}); the articles stored so far "
                            "are kept, and running the build again adds the rest")
    return ClusterError(f"the extraction failed on a Dask worker: {name}: {err}")
