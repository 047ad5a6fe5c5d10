"""Where and in what precision a run computes: the device (``--device``), bf16 detection
(``--precision auto``), glibc's allocator setting for CPU training, and host-to-device copies."""

from __future__ import annotations

import contextlib
import functools

import torch

from rnncli.errors import (
    UsageError,
)


def resolve_device(spec: str) -> torch.device:
    spec = (spec or "auto").strip().lower()
    if spec == "auto":
        return torch.device("cuda" if torch.cuda.is_available() else "cpu")
    if spec == "cpu":
        return torch.device("cpu")
    if spec == "cuda" or spec.startswith("cuda:"):
        if not torch.cuda.is_available():
            raise UsageError(f"--device {spec}: CUDA is not available on this machine", "use --device cpu or auto")
        try:
            dev = torch.device(spec)
        except RuntimeError:
            raise UsageError(f"--device {spec} is not a valid device name") from None
        if dev.index is not None and dev.index >= torch.cuda.device_count():
            raise UsageError(f"--device {spec}: only {torch.cuda.device_count()} CUDA device(s) present")
        return dev
    raise UsageError(f"--device must be auto, cpu, cuda or cuda:N (got {spec!r})")


def cpu_has_bf16() -> bool:
    """Whether this CPU multiplies bfloat16 matrices in hardware (AVX512-BF16 or AMX-BF16), read from
    /proc/cpuinfo; False where that cannot be read (other systems)."""
    try:
        with open("/proc/cpuinfo", encoding="ascii", errors="replace") as f:
            for line in f:
                if line.startswith("flags"):
                    flags = set(line.split(":", 1)[1].split())
                    return bool(flags & {"avx512_bf16", "amx_bf16"})
    except OSError:
        pass
    return False


def resolve_precision(precision: str, device: torch.device) -> tuple[str, str]:
    """``auto`` -> bf16 on a CPU with bfloat16 instructions, fp32 elsewhere (CUDA included: not yet
    measured there). Returns the precision and why (for the log); others are returned as given."""
    if precision != "auto":
        return precision, ""
    if device.type == "cpu" and cpu_has_bf16():
        return "bf16", "auto: this CPU has bfloat16 instructions"
    return "fp32", "auto"


def reuse_freed_memory() -> bool:
    """Ask glibc's malloc to keep freed memory for reuse rather than hand it back to the system.

    A training step allocates and frees the same few hundred megabytes of activations, gate
    workspaces and gradients every time. By default glibc maps every large block afresh and unmaps it
    when freed, so each CPU step pays for over 100,000 page faults (the kernel zeroing every new
    page: about 640 MB per step of the 2x512 character LSTM at batch 64), several percent of the
    step. Served from the heap, which is never trimmed, every step after the first reuses the memory
    of the one before. Process-wide; Linux with glibc only, a no-op elsewhere. Returns whether it
    took effect."""
    import ctypes
    import sys

    if not sys.platform.startswith("linux"):
        return False
    try:
        mallopt = ctypes.CDLL("libc.so.6").mallopt
    except (OSError, AttributeError):
        return False
    m_trim_threshold, m_mmap_max = -1, -4
    return bool(mallopt(m_mmap_max, 0)) and bool(mallopt(m_trim_threshold, 2**31 - 1))


def to_device(a, device: torch.device) -> torch.Tensor:
    """A batch (tensor or NumPy array) on the training device: through pinned memory and without
    waiting on a GPU."""
    t = torch.from_numpy(a) if not isinstance(a, torch.Tensor) else a
    if device.type == "cuda":
        return t.pin_memory().to(device, non_blocking=True)
    return t.to(device)


def autocast(device: torch.device, precision: str):
    """The forward pass's autocast region for ``precision`` (fp32: none)."""
    if precision == "fp32":
        return contextlib.nullcontext()
    return torch.autocast(device.type, dtype=torch.bfloat16 if precision == "bf16" else torch.float16)


@functools.lru_cache(maxsize=None)
def cpu_runs_bf16_lstm() -> bool:
    """Whether this CPU's PyTorch can run an LSTM in bfloat16 at all: oneDNN builds its bf16 LSTM only on
    CPUs with AVX-512 (it fails to create the primitive elsewhere). Tried once on a tiny LSTM."""
    lstm = torch.nn.LSTM(4, 4)
    try:
        with torch.autocast("cpu", dtype=torch.bfloat16):
            lstm(torch.zeros(2, 1, 4))
    except RuntimeError:
        return False
    return True


def check_precision(precision: str, device: torch.device) -> None:
    if precision == "bf16" and device.type == "cpu" and not cpu_runs_bf16_lstm():
        raise UsageError(
            "--precision bf16 needs a CPU that PyTorch runs bfloat16 LSTMs on (AVX-512); this one is not",
            "use --precision fp32 (what --precision auto picks here)",
        )
    if precision == "fp16" and device.type != "cuda":
        raise UsageError("--precision fp16 needs a CUDA device", "use --precision bf16 on the CPU")
    if precision == "bf16" and device.type == "cuda" and not torch.cuda.is_bf16_supported():
        raise UsageError(
            f"--precision bf16 is not supported by {torch.cuda.get_device_name(device)}", "use --precision fp16"
        )
