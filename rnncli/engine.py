"""The training engine: what every training run does the same way, whatever it trains.

A task (a language model, a translator, ...) supplies what differs, through :class:`Task`: its
model, how it makes the next batch and computes that batch's loss, how it is evaluated and what
"better" means, and what its checkpoints carry besides the weights. :class:`Engine` owns the rest:

* the optimizer, the learning-rate schedule keyed on the budget (steps, epochs or minutes) and the
  precision (autocast, the fp16 gradient scaler);
* the loop: the budget, the evaluation cadence, best and last checkpoints, ``--save-every``, the loss
  read back from the device in batches, the NaN guard, the loss watch, gradient statistics, Ctrl-C;
* ``metrics.jsonl``, the events the progress display listens to, torchrun (every rank agrees on
  stopping, saving and the clock once per step) and exact resume (step, optimizer, schedule, random
  state, the time already spent, the task's own position).

The engine writes a checkpoint's ``train`` entry as ``{step, optimizer, schedule, rng, options,
elapsed, scaler, <best key>, bad_evals}`` plus what :meth:`Task.train_state` adds, and the payload's
other entries (model settings, tokenizers) come from :meth:`Task.payload`.
"""

from __future__ import annotations

import contextlib
import time
from dataclasses import asdict, dataclass, field, fields
from pathlib import Path
from typing import Any, Callable, Optional

import torch

from rnncli import checkpoint
from rnncli import distributed as ddp
from rnncli.device import autocast, check_precision, resolve_device, resolve_precision, reuse_freed_memory
from rnncli.errors import CheckpointError, Interrupted
from rnncli.gradstats import GradientStats
from rnncli.guards import (
    LossReadback,
    LossWatch,
    SaveTimer,
    StopFlag,
    Throughput,
    check_finite_loss,
    check_finite_weights,
    rng_state,
    set_rng_state,
    total_steps,
)
from rnncli.optim import Budget, LRSchedule, make_optimizer
from rnncli.rundir import MetricsLog, claimed_run_dir
from rnncli.settings import OPTIONS_VERSION, TrainOptions, merge_resumed, saved_options
from rnncli.textio import check_writable

Emit = Callable[[str, dict], None]
Callback = Emit  # a training command's listener: (event, data); see cli/progress.py for the events


def open_device(spec: str, held: contextlib.ExitStack, dist: ddp.Dist) -> torch.device:
    """The device a run trains on (``--device``), with the torchrun process group joined when there is
    one (left when ``held`` closes)."""
    device = resolve_device(spec)
    if device.type == "cpu":
        reuse_freed_memory()  # no page faults for activations after the first step
    return held.enter_context(ddp.process_group(dist, device))


def claim_run_dir(
    out: Optional[str], kind: str, resume: Optional[str], held: contextlib.ExitStack, dist: ddp.Dist
) -> Path:
    """The run directory, claimed and locked for as long as ``held`` is open. Only rank 0 claims it;
    the other ranks learn its name from rank 0."""
    return dist.on_main(lambda: held.enter_context(claimed_run_dir(out, kind, resume)))


def run_training(body: Callable, opts: Any, callback: Optional[Callable]) -> Any:
    """Run a training command's body as one process, or under torchrun as one rank of a data-parallel
    run (only rank 0 reports). ``body(opts, callback, held, dist)``; ``held`` keeps the process group,
    the run-directory lock and anomaly detection until the run ends."""
    dist = ddp.from_env()
    with contextlib.ExitStack() as held:
        return body(opts, callback if dist.is_main else None, held, dist)


@dataclass
class Step:
    """One training batch's loss (mean over what the step optimises), the tokens it covered (for the
    throughput) and anything the task reports with the step (``teacher_forcing`` ...)."""

    loss: torch.Tensor
    tokens: int
    info: dict = field(default_factory=dict)


class Task:
    """What a kind of training run supplies to the engine. Subclasses set the attributes and
    override the methods; the defaults suit a task with nothing to add."""

    kind: str = ""  # the checkpoint kind ("lm", "mt")
    command: str = ""  # the command that continues a run ("train-lm")
    best_key: str = "best"  # the checkpoint's name for the best score so far ("best_val", "best_bleu")
    score_key: str = "val_loss"  # the evaluation figure that decides the best checkpoint
    score_name: str = "validation loss"  # ... as the log names it
    higher_is_better: bool = False
    final_differs: bool = False  # the last evaluation is not like the others (it scores more)
    model: torch.nn.Module
    config: Any  # the model's configuration (a dataclass with to_dict), stored in every checkpoint
    steps_per_epoch: float = 1.0
    total_steps: Optional[int] = None  # the step budget (None: a time budget alone), set before the run

    def resumable(self) -> list:
        """The task's parts that keep a place in the run (an EpochCursor, a TeacherForcing coin ...): each
        has ``state()`` for a checkpoint and ``load(train)`` to go back to it."""
        return []

    def load_train_state(self, train: dict) -> None:
        """Go back to a resumed run's place: what :meth:`train_state` saved (the engine restores its own)."""
        for part in self.resumable():
            part.load(train)

    def batch_loss(self, net, step: int) -> Step:
        """Make the next batch, advance the data position and return the batch's loss (called under
        the precision's autocast)."""
        raise NotImplementedError

    def evaluate(self, final: bool) -> dict:
        """The evaluation figures (``val_loss`` always, ``score_key`` among them); ``final``: the last
        evaluation of the run (the language model then scores the whole validation text)."""
        raise NotImplementedError

    def payload(self) -> dict:
        """A checkpoint's entries besides ``model``, ``metrics`` and ``train``."""
        return {}

    def train_state(self) -> dict:
        """The task's own entries of a checkpoint's ``train`` (its data position ...). Called on every
        rank under torchrun, so it may gather from the ranks."""
        return {k: v for part in self.resumable() for k, v in part.state().items()}

    def settle(self, curve: list[dict], engine: "Engine") -> dict:
        """After the last evaluation: the record that describes best.ckpt."""
        return next((r for r in reversed(curve) if r.get("best")), curve[-1])


@dataclass(kw_only=True)
class RunResult:
    """What a finished run reports; each training command's result adds its own figures."""

    run_dir: Path
    best: Path
    last: Path
    steps: int
    seconds: float
    curve: list[dict]
    rank: int = 0  # under torchrun: this process's rank (only rank 0 reports)
    start_step: int = 0  # the step a resumed run started from (0 for a new run)


@dataclass(kw_only=True)
class EngineResult(RunResult):
    best_record: dict  # the evaluation that best.ckpt holds

    def shared(self) -> dict:
        """The entries of a :class:`RunResult`, for a command's own result."""
        return {f.name: getattr(self, f.name) for f in fields(RunResult)}


@dataclass
class RunSetup:
    """What every training run settles before its task is built (see :func:`prepare`): the device and
    process group, the checkpoint it resumes, the precision (and why), and, once claimed, its run
    directory. ``held`` keeps the process group and the run directory's lock."""

    device: torch.device
    dist: ddp.Dist
    held: contextlib.ExitStack
    emit: Emit
    resume: Optional[dict]
    precision: tuple[str, str]
    run_dir: Optional[Path] = None

    def claim(self, opts: TrainOptions) -> Path:
        self.run_dir = claim_run_dir(opts.out, opts.kind_name, opts.resume, self.held, self.dist)
        return self.run_dir


def prepare(
    opts: TrainOptions,
    held: contextlib.ExitStack,
    dist: ddp.Dist,
    emit: Emit,
    early_check: Callable[[], None] = lambda: None,
) -> RunSetup:
    """The start every training command shares: check the options (and ``early_check``, before a
    process group is joined), open the device, load the checkpoint a resumed run continues and take
    the run's own settings from it by each setting's resume policy (rnncli/settings.py: a changeable
    one given now takes effect and is logged, a fixed one that differs is an error), then settle the
    precision (a resumed run keeps its own unless told otherwise; auto is decided again here)."""
    opts.validate()
    check_precision(opts.precision, resolve_device(opts.device))
    early_check()
    device = open_device(opts.device, held, dist)
    resume = checkpoint.load(opts.resume, kind=opts.kind_name) if opts.resume else None
    if resume is not None:
        changed = merge_resumed(opts, saved_options(resume["train"]))
        if changed:
            emit("log", {"message": "changed on resume: " + ", ".join(changed)})
    precision = resolve_precision(opts.precision, device)
    check_precision(precision[0], device)
    return RunSetup(device, dist, held, emit, resume, precision)


def launch(
    task: "Task", opts: TrainOptions, setup: RunSetup, total_steps: Optional[int], start: dict, sharing: str
) -> tuple["Engine", "EngineResult"]:
    """Start the engine on a task and run it: the resume and data-parallel lines, the ``start`` event
    (the task's own ``start`` entries added), then the run. ``sharing``: how the ranks share a batch,
    for the data-parallel line."""
    dist, emit, device = setup.dist, setup.emit, setup.device
    engine = Engine(
        task,
        opts,
        run_dir=setup.run_dir,
        device=device,
        dist=dist,
        emit=emit,
        held=setup.held,
        resume=setup.resume,
        total_steps=total_steps,
        precision=setup.precision[0],
    )
    if setup.resume is not None:
        emit("log", {"message": f"resuming {opts.resume} at step {engine.step}"})
    if dist.enabled:
        backend = "nccl" if device.type == "cuda" else "gloo"
        emit("log", {"message": f"data parallel: {dist.world} processes{sharing} ({backend})"})
    emit(
        "start",
        {
            "run_dir": str(setup.run_dir),
            "params": sum(p.numel() for p in task.model.parameters()),
            "total_steps": total_steps,
            "step": engine.step,
            "device": str(device),
            "config": task.config.to_dict(),
            "precision": setup.precision[0],
            "precision_why": setup.precision[1],
            **start,
        },
    )
    return engine, engine.run()


class Trainer:
    """What a training command supplies to the run's sequence, which :func:`train` carries out the same
    way for every task:

    1. check the settings, open the device, take a resumed run's settings (:func:`prepare`);
    2. :meth:`read` the data, so that bad input fails before anything is written;
    3. claim the run directory;
    4. the vocabulary: a resumed run's from its checkpoint (:meth:`vocabulary_from`), a new run's
       learned or read once, on rank 0 under torchrun (:meth:`learn_vocabulary`, which returns it as
       plain data that :meth:`vocabulary_from` reads), and shared with the other ranks;
    5. :meth:`encode` the data with it;
    6. the model (:func:`build_model`): its configuration from the checkpoint it continues or starts
       from, else from the settings (``model_settings()``) and :meth:`sizes`; the seed; the weights loaded,
       or a new model's start (:meth:`initialise`);
    7. the task (:meth:`task`), put back at a resumed run's data position; the step budget;
    8. the engine's run, and the command's result (:meth:`result`).

    Subclasses set ``payload_class`` (rnncli.payload: the checkpoint's schema, with the model's
    configuration and model classes) and override the hooks."""

    payload_class: Any
    sharing: str = " share each batch"  # how the ranks share the work, for the data-parallel log line

    setup: RunSetup  # set once the run is prepared (step 1)

    def __init__(self, opts: TrainOptions, dist: ddp.Dist, emit: Emit):
        self.opts, self.dist, self.emit = opts, dist, emit

    def early_check(self) -> None:
        """Checks that must fail before a process group is joined."""

    def read(self) -> None:
        """Read the data (before the run directory is claimed)."""

    def learn_vocabulary(self) -> Any:
        """A new run's vocabulary as plain data (a tokenizer's state ...); on rank 0 only."""
        raise NotImplementedError

    def vocabulary_from(self, saved: dict) -> Any:
        """The vocabulary from a checkpoint's payload, or from what :meth:`learn_vocabulary` returned."""
        raise NotImplementedError

    def encode(self, vocab: Any) -> None:
        """Encode the data with the vocabulary."""

    def source(self) -> Optional[dict]:
        """The checkpoint whose model the run continues or starts from (a resumed run's by default)."""
        return self.setup.resume

    def source_path(self) -> Optional[str]:
        """That checkpoint's file, for messages."""
        return self.opts.resume

    def sizes(self, vocab: Any) -> dict:
        """The configuration's entries that come from the data (vocabulary sizes, label count)."""
        return {}

    def check_config(self, config: Any, vocab: Any) -> None:
        """Checks of a checkpoint's model against this run beyond its payload's own (that its vocabularies
        fit its configuration, which reading the payload checks)."""

    def initialise(self, model: torch.nn.Module) -> None:
        """A new model's start (the output bias at the training data's frequencies ...)."""

    def task(self, model: torch.nn.Module, config: Any, vocab: Any) -> Task:
        raise NotImplementedError

    def steps_per_epoch(self, task: Task) -> int:
        return int(task.steps_per_epoch)

    def start_info(self, task: Task) -> dict:
        """The ``start`` event's entries of this task (token and example counts ...)."""
        return {}

    def result(self, engine: "Engine", r: EngineResult) -> Any:
        raise NotImplementedError


def train(trainer_class: type, opts: TrainOptions, callback: Optional[Callable] = None) -> Any:
    """Train: a run of ``trainer_class``'s task, as one process or as one rank of a torchrun."""
    return run_training(lambda o, cb, held, dist: _sequence(trainer_class, o, cb, held, dist), opts, callback)


def _sequence(trainer_class: type, opts: TrainOptions, callback, held: contextlib.ExitStack, dist: ddp.Dist) -> Any:
    emit = callback or (lambda event, data: None)
    trainer = trainer_class(opts, dist, emit)
    trainer.setup = setup = prepare(opts, held, dist, emit, trainer.early_check)
    trainer.read()
    setup.claim(opts)
    if setup.resume is not None:
        vocab = trainer.vocabulary_from(setup.resume)
    else:
        vocab = trainer.vocabulary_from(dist.on_main(trainer.learn_vocabulary))
    trainer.encode(vocab)
    model, config = build_model(trainer, opts, vocab)
    model.to(setup.device)
    task = trainer.task(model, config, vocab)
    if setup.resume is not None:
        task.load_train_state(setup.resume["train"])
    steps = total_steps(
        opts.max_steps, opts.epochs, trainer.steps_per_epoch(task), opts.time_budget, opts.default_steps
    )
    task.total_steps = steps
    engine, r = launch(task, opts, setup, steps, trainer.start_info(task), trainer.sharing)
    result = trainer.result(engine, r)
    emit("end", asdict(result))
    return result


def build_model(trainer: Trainer, opts: TrainOptions, vocab: Any) -> tuple[torch.nn.Module, Any]:
    """The one way a run gets its model: the configuration from the checkpoint it continues or starts
    from, or a new one from the settings; the seed; then the checkpoint's weights, or a new model's start."""
    source = trainer.source()
    if source is not None:
        config = trainer.payload_class.read(source, trainer.source_path()).config
        trainer.check_config(config, vocab)
    else:
        config = trainer.payload_class.config_class(**trainer.sizes(vocab), **opts.model_settings())
    torch.manual_seed(opts.seed)
    model = trainer.payload_class.model_class(config)
    if source is None:
        trainer.initialise(model)
        return model, config
    try:
        model.load_state_dict(source["model"])
    except (RuntimeError, KeyError) as e:
        raise CheckpointError(f"the checkpoint's weights do not fit its model settings ({str(e)[:100]})") from None
    return model, config


class Engine:
    """One training run of a task. ``opts`` is the task's settings; the engine reads only the shared ones
    (:class:`rnncli.settings.TrainOptions`)."""

    def __init__(
        self,
        task: Task,
        opts: TrainOptions,
        *,
        run_dir: Path,
        device: torch.device,
        dist: ddp.Dist,
        total_steps: Optional[int],
        emit: Emit,
        held: contextlib.ExitStack,
        resume: Optional[dict] = None,
        precision: str = "fp32",
    ):
        self.task, self.opts, self.run_dir, self.device, self.dist = task, opts, run_dir, device, dist
        self.total_steps, self.emit, self.precision = total_steps, emit, precision
        if opts.detect_anomaly:  # name the operation that makes a NaN (slow)
            held.enter_context(torch.autograd.set_detect_anomaly(True))
        model = task.model
        self.net = ddp.wrap(model, dist, device)  # what the step calls (the model itself on one process)
        self.optimizer = make_optimizer(opts.optimizer, model.parameters(), opts.lr, opts.weight_decay)
        self.scaler = torch.amp.GradScaler("cuda") if precision == "fp16" else None
        self.schedule = LRSchedule(
            self.optimizer, opts.lr_schedule, opts.lr_decay, opts.lr_patience, opts.warmup, opts.lr_floor, opts.anneal
        )
        self.step = 0
        self.best = -float("inf") if task.higher_is_better else float("inf")
        self.bad_evals = 0
        self.elapsed_before = 0.0
        self.resumed = resume is not None
        if resume is not None:
            tr = resume["train"]
            self.optimizer.load_state_dict(tr["optimizer"])
            self.schedule.load_state_dict(tr["schedule"])
            self.schedule.set_base_lr(opts.lr)
            self.step, self.best = tr["step"], tr[task.best_key]
            self.bad_evals = tr.get("bad_evals", 0)
            self.elapsed_before = tr.get("elapsed", 0.0)
            if self.scaler is not None and tr.get("scaler"):
                self.scaler.load_state_dict(tr["scaler"])
            set_rng_state(tr["rng"])
        self.best_path, self.last_path = run_dir / "best.ckpt", run_dir / "last.ckpt"
        check_writable(self.last_path, "checkpoint")
        self.metrics = MetricsLog(run_dir / "metrics.jsonl")
        if not dist.is_main:
            self.metrics.write = lambda record: None  # one writer: rank 0
        self.t0 = time.perf_counter()

    # -- checkpoints ---------------------------------------------------------------------------------

    def save(self, path: Path, record: dict) -> None:
        """Write a checkpoint. Collective under torchrun: every rank calls it at the same step (the
        task's state may gather from the ranks); rank 0 writes."""
        check_finite_weights(self.task.model, self.step, self.schedule.lr, self.last_path)
        extra = self.task.train_state()
        self.dist.on_main(lambda: self._write(path, record, extra))

    def _write(self, path: Path, record: dict, extra: dict) -> None:
        train = {
            "step": self.step,
            self.task.best_key: self.best,
            "bad_evals": self.bad_evals,
            "optimizer": self.optimizer.state_dict(),
            "schedule": self.schedule.state_dict(),
            "rng": rng_state(),
            "options": asdict(self.opts),
            "options_version": OPTIONS_VERSION,
            "scaler": self.scaler.state_dict() if self.scaler is not None else None,
            "elapsed": self.elapsed_before + (time.perf_counter() - self.t0),
            **extra,
        }
        checkpoint.save(
            path,
            self.task.kind,
            {
                **self.task.payload(),
                "model": {k: v.detach().cpu() for k, v in self.task.model.state_dict().items()},
                "metrics": record,
                "train": train,
            },
        )

    def keep(self, record: dict, improved: bool) -> None:
        """Log an evaluation's record to metrics.jsonl and write the checkpoints it calls for."""
        self.metrics.write(record)
        if improved:
            self.save(self.best_path, record)
        self.save(self.last_path, record)

    def _better(self, score: float) -> bool:
        return score > self.best if self.task.higher_is_better else score < self.best

    def evaluation(self, final: bool, **fields) -> tuple[dict, bool]:
        """Evaluate and keep the best score: (the record, whether it improved on the best)."""
        ev = self.task.evaluate(final)
        record = {"step": self.step, **fields, **ev}
        improved = self._better(ev[self.task.score_key])
        record["best"] = improved
        if improved:
            self.best, self.bad_evals = ev[self.task.score_key], 0
        else:
            self.bad_evals += 1
        return record, improved

    # -- the loop ------------------------------------------------------------------------------------

    def run(self) -> EngineResult:
        """Train until the budget is spent (or the task's patience runs out), evaluating and saving on
        the way; then, if the last step was not evaluated the final way, evaluate it."""
        self._begin()
        self.task.model.train()
        with self.stop.installed():
            while not self._budget_spent():
                self._stop_if_interrupted()
                out = self._train_step()
                if self._after_step(out):
                    break
            self._read_back()
        # The budget ran out before the last step was evaluated (between steps, or during an evaluation
        # that was not the final kind): the run ends with a final evaluation all the same.
        curve = self.curve
        if not curve or curve[-1]["step"] != self.step or (self.task.final_differs and not self.evaluated_final):
            record, improved = self.evaluation(True, **self._progress_fields())
            curve.append(record)
            self.keep(record, improved)
        best_record = self.task.settle(curve, self)
        return EngineResult(
            run_dir=self.run_dir,
            best=self.best_path,
            last=self.last_path,
            steps=self.step,
            seconds=time.perf_counter() - self.t0,
            curve=curve,
            best_record=best_record,
            rank=self.dist.rank,
            start_step=self.start_step,
        )

    def _begin(self) -> None:
        """The loop's bookkeeping, fresh for this run (a resumed run continues the schedule's progress)."""
        opts = self.opts
        self.meter = Throughput()
        self.saver = SaveTimer(opts.save_every, opts.save_every_minutes)
        seconds = opts.time_budget * 60 if opts.time_budget is not None else None
        self.budget = Budget(self.total_steps, seconds, self.schedule.progress if self.resumed else 0.0)
        self.t0 = self.budget.t0
        self.schedule.resume_at(self.budget.progress(self.step))
        self.start_step = self.step
        self.curve: list[dict] = []
        self.last_record: dict = {}
        self.stop = StopFlag()
        self.watch = LossWatch()
        self.readback = LossReadback(self.device, self.optimizer, self.dist.enabled, opts.loss_every)
        self.grad_stats = GradientStats(self.task.model)
        self.infos: dict[int, dict] = {}  # what each step not yet reported adds to its report
        self.loss_ema: Optional[float] = None
        # Under torchrun, whether to stop, save or end is agreed once per step (Dist.sync_step), so
        # that every rank takes the same branch; a single process decides on its own.
        self.agreed_stop = self.agreed_time_up = self.agreed_save = False
        self.evaluated_final = False

    def _time_up(self) -> bool:
        return self.agreed_time_up if self.dist.enabled else self.budget.time_up()

    def _budget_spent(self) -> bool:
        return (self.total_steps is not None and self.step >= self.total_steps) or self._time_up()

    def _stop_if_interrupted(self) -> None:
        """Ctrl-C (or SIGTERM) arrived: save last.ckpt and end the run with how to continue it."""
        if self.agreed_stop if self.dist.enabled else self.stop.requested:
            self._read_back()
            self.save(self.last_path, self.last_record)
            raise Interrupted(
                f"interrupted at step {self.step}; saved {self.last_path}",
                f"continue with: rnncli {self.task.command} --resume {self.last_path}",
            )

    def _report(self, step_no: int, value: float) -> None:
        self.loss_ema = value if self.loss_ema is None else 0.95 * self.loss_ema + 0.05 * value
        trouble = self.watch.observe(step_no, value, self.schedule.lr)
        if trouble:
            self.emit("log", {"message": trouble})
        self.emit(
            "step",
            {
                "step": step_no,
                "loss": value,
                "loss_avg": self.loss_ema,
                "lr": self.schedule.lr,
                "tokens_per_s": self.meter.rate,
                "elapsed": time.perf_counter() - self.t0,
                **self.infos.pop(step_no, {}),
            },
        )

    def _read_back(self) -> None:
        """Report the losses a GPU run kept on the device (steps step-k+1 ... step)."""
        values = self.readback.read()
        for j, value in enumerate(values):
            step_no = self.step - len(values) + 1 + j
            check_finite_loss(value, step_no, self.loss_ema, self.schedule.lr, self.last_path)
            self._report(step_no, value)

    def _train_step(self) -> Step:
        """One optimisation step on the task's next batch."""
        optimizer, scaler = self.optimizer, self.scaler
        with autocast(self.device, self.precision):
            out = self.task.batch_loss(self.net, self.step)
        loss = out.loss
        optimizer.zero_grad(set_to_none=True)
        if scaler is not None:
            scaler.scale(loss).backward()
            scaler.unscale_(optimizer)  # clip the true gradients
        else:
            loss.backward()
        norm = self.grad_stats.clip(self.opts.clip)  # also measures the gradients, per layer
        clock = None  # under torchrun: the ranks' agreed clock, so they agree on the rate
        value = None
        if not self.readback.deferred:
            value = loss.item()
            if self.dist.enabled:
                due = (self.budget.time_up(), self.stop.requested, self.saver.due(self.step + 1))
                value, agreed, clock = self.dist.sync_step(value, due, self.budget.elapsed())
                self.agreed_time_up, self.agreed_stop, self.agreed_save = agreed
            check_finite_loss(value, self.step + 1, self.loss_ema, self.schedule.lr, self.last_path)
        with self.readback.guarded(optimizer, loss, norm, scaler):
            if scaler is not None:
                scaler.step(optimizer)
                scaler.update()
            else:
                optimizer.step()
        self.schedule.after_step(self.budget.progress(self.step + 1, clock))
        self.step += 1
        self.meter.add(out.tokens)
        self.infos[self.step] = out.info
        if value is not None:
            self._report(self.step, value)
        return out

    def _after_step(self, out: Step) -> bool:
        """Evaluate or save when due; True when the run should stop early (the task's patience)."""
        final = self._budget_spent()
        evaluating = self.step % self.opts.eval_every == 0 or final
        saving = not evaluating and (self.agreed_save if self.dist.enabled else self.saver.due(self.step))
        if self.readback.due() or evaluating or saving:
            self._read_back()
        if evaluating:
            self.evaluated_final = final
            return self._evaluate_in_loop(final, out.info)
        if saving:
            self.save(self.last_path, self.last_record)
            self.saver.saved()
        return False

    def _progress_fields(self) -> dict:
        return {
            "epoch": self.step / self.task.steps_per_epoch,
            "time": round(time.perf_counter() - self.t0, 3),
            "train_loss": self.loss_ema,
            "lr": self.schedule.lr,
            "tokens_per_s": self.meter.rate,
        }

    def _evaluate_in_loop(self, final: bool, info: dict) -> bool:
        record, improved = self.evaluation(final, **self._progress_fields(), **info)
        lowered = self.schedule.after_eval(record["val_loss"])
        trouble, rise = self.watch.at_eval(self.step, self.schedule.lr, record["val_loss"])
        if rise:
            self.emit("log", {"message": rise})
        record.update(trouble)
        record.update(self.grad_stats.read())
        record["lr"] = self.schedule.lr
        self.curve.append(record)
        self.last_record = record
        self.keep(record, improved)
        self.saver.saved()
        self.emit("eval", {**record, "lr_lowered": lowered})
        patience = self.opts.patience
        if patience is not None and self.bad_evals >= patience:
            name = self.task.score_name
            self.emit("log", {"message": f"stopping early: no better {name} in {self.bad_evals} evaluations"})
            return True
        return False
