"""Data-parallel training across processes, as ``torchrun`` starts them.

``torchrun --nproc-per-node N -m rnncli train-lm ...`` starts N copies of the command with
``RANK``, ``LOCAL_RANK`` and ``WORLD_SIZE`` set. Each process trains the same model on its own share
of the batch under :class:`torch.nn.parallel.DistributedDataParallel`, which averages the gradients,
so N processes with ``--batch-size B`` train like one process with ``--batch-size B``.

Every process runs the same code in the same order (so the collective operations pair up); only
rank 0 writes files and reports progress. Whatever rank 0 alone does (claiming the run directory,
writing a checkpoint, building the token cache) goes through :meth:`Dist.on_main`, which shares its
outcome, value or error, with every rank: a failure there stops all processes with the same error
instead of leaving the others waiting. CPU processes talk over gloo, GPU processes over NCCL, one GPU
per process (``cuda:LOCAL_RANK``).
"""

from __future__ import annotations

import os
from contextlib import contextmanager
from dataclasses import dataclass
from datetime import timedelta
from typing import Any, Callable, Iterator, Optional, Sequence, TypeVar

import torch

from rnncli.errors import RnncliError, UsageError

T = TypeVar("T")


def launched_rank() -> int:
    """This process's rank when started by torchrun (0 otherwise); needs no process group."""
    try:
        return int(os.environ.get("RANK", "0"))
    except ValueError:
        return 0


@dataclass
class Dist:
    rank: int = 0
    world: int = 1
    local_rank: int = 0
    device: Optional[torch.device] = None  # where collective tensors live (the training device)

    @property
    def enabled(self) -> bool:
        return self.world > 1

    @property
    def is_main(self) -> bool:
        return self.rank == 0

    def rows(self, batch_size: int) -> Optional[tuple[int, int]]:
        """This rank's share of the ``batch_size`` streams (None when it has them all)."""
        if not self.enabled:
            return None
        if batch_size % self.world:
            raise UsageError(
                f"--batch-size {batch_size} cannot be shared by {self.world} processes",
                f"use a multiple of {self.world}",
            )
        share = batch_size // self.world
        return self.rank * share, (self.rank + 1) * share

    def share(self, batch: Sequence[int]) -> list[int]:
        """This rank's share of a batch (every ``world``-th item from its rank; all of it on one process).
        It may be empty when the batch has fewer items than there are ranks: the task then runs one item
        with weight 0, so that every rank takes part in the step."""
        return list(batch[self.rank :: self.world]) if self.enabled else list(batch)

    def on_main(self, fn: Callable[[], T]) -> T:
        """Run ``fn`` on rank 0 only and return its result on every rank; an error it raises is
        raised on every rank (also a barrier: nobody goes on before rank 0 is done)."""
        if not self.enabled:
            return fn()
        import torch.distributed as td

        outcome: list[Any] = [None]
        failure: Optional[BaseException] = None
        if self.is_main:
            try:
                outcome[0] = ("ok", fn())
            except RnncliError as e:
                failure = e
                outcome[0] = ("error", type(e), e.message, e.hint)
            except BaseException as e:
                failure = e
                outcome[0] = ("crash", f"{type(e).__name__}: {e}")
        td.broadcast_object_list(outcome, src=0)
        if failure is not None:
            raise failure
        kind, *rest = outcome[0]
        if kind == "ok":
            return rest[0]
        if kind == "error":
            cls, message, hint = rest
            raise cls(message, hint)
        raise RuntimeError(f"rank 0 failed: {rest[0]}")

    def sync_step(self, loss: float, flags: Sequence[bool], clock: float = 0.0) -> tuple[float, list[bool], float]:
        """The loss and ``clock`` (seconds into the run) averaged over ranks, and each flag true when
        it is true on any rank: one collective per step, so that every rank stops, saves and
        evaluates at the same step, and sets the same learning rate."""
        if not self.enabled:
            return loss, list(flags), clock
        import torch.distributed as td

        t = torch.tensor([loss, clock, *(1.0 if f else 0.0 for f in flags)], dtype=torch.float64, device=self.device)
        td.all_reduce(t)
        values = t.tolist()
        return values[0] / self.world, [v > 0 for v in values[2:]], values[1] / self.world

    def gather_rows(self, t: torch.Tensor) -> torch.Tensor:
        """Concatenate every rank's rows of a (layers, rows, hidden) state tensor, in rank order."""
        if not self.enabled:
            return t
        import torch.distributed as td

        t = t.contiguous()
        parts = [torch.empty_like(t) for _ in range(self.world)]
        td.all_gather(parts, t)
        return torch.cat(parts, dim=1)


def from_env() -> Dist:
    try:
        world = int(os.environ.get("WORLD_SIZE", "1"))
        rank = int(os.environ.get("RANK", "0"))
        local = int(os.environ.get("LOCAL_RANK", str(rank)))
    except ValueError:
        raise UsageError("WORLD_SIZE, RANK and LOCAL_RANK must be integers (torchrun sets them)") from None
    return Dist(rank=rank, world=max(world, 1), local_rank=local)


@contextmanager
def process_group(dist: Dist, device: torch.device) -> Iterator[torch.device]:
    """Join the process group for the run's length; yields this process's device."""
    if not dist.enabled:
        dist.device = device
        yield device
        return
    import torch.distributed as td

    if device.type == "cuda":
        device = torch.device("cuda", dist.local_rank)
        if dist.local_rank >= torch.cuda.device_count():
            raise UsageError(
                f"local rank {dist.local_rank} has no GPU of its own ({torch.cuda.device_count()} present)",
                "start fewer processes per node",
            )
        torch.cuda.set_device(device)
        backend = "nccl"
    else:
        backend = "gloo"
    dist.device = device
    td.init_process_group(backend, rank=dist.rank, world_size=dist.world, timeout=timedelta(minutes=30))
    try:
        yield device
    finally:
        td.destroy_process_group()


def wrap(model: torch.nn.Module, dist: Dist, device: torch.device) -> torch.nn.Module:
    """The module to train with: ``model`` itself, or under DistributedDataParallel."""
    if not dist.enabled:
        return model
    from torch.nn.parallel import DistributedDataParallel

    # No device_ids: the batches are already on this process's device, and DDP would otherwise move
    # every tensor argument there too (a translator's source lengths must stay on the CPU).
    return DistributedDataParallel(model)
