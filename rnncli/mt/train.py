"""Training an attention encoder-decoder translator."""

from __future__ import annotations

import contextlib
from dataclasses import asdict, dataclass
from typing import Optional

import numpy as np
import torch
import torch.nn.functional as F

from rnncli import distributed as ddp
from rnncli import tokenizers
from rnncli.device import to_device
from rnncli.engine import EngineResult, RunResult, Step, Task, launch, prepare, run_training
from rnncli.errors import CheckpointError, InputError, UsageError
from rnncli.models.seq2seq import EOS, PAD, MTConfig, Seq2Seq
from rnncli.mt.corpus import bucketed_batches, encode_pairs, make_batch, read_pairs, token_batches
from rnncli.settings import DEFAULT_BATCH_TOKENS, DEFAULT_MT_MAX_STEPS, TrainMTOptions
from rnncli.textio import bundled
from rnncli.training import (
    CHANGEABLE_ON_RESUME,
    Callback,
    check_fixed_on_resume,
    merge_resume_options,
    teacher_forcing_ratio,
    total_steps,
)


@dataclass(kw_only=True)
class TrainMTResult(RunResult):
    best_bleu: float
    final_bleu: float
    final_val_loss: float


def _bundled_options(opts: TrainMTOptions) -> None:
    if not (opts.src or opts.tsv):
        opts.src = str(bundled("mt", "en-de", "train.en"))
        opts.tgt = str(bundled("mt", "en-de", "train.de"))
        if not (opts.dev_src or opts.dev_tsv):
            opts.dev_src = str(bundled("mt", "en-de", "dev.en"))
            opts.dev_tgt = str(bundled("mt", "en-de", "dev.de"))


def _tokenizers(opts, sources, targets, emit):
    if opts.src_tokenizer or opts.tgt_tokenizer:
        if not (opts.src_tokenizer and opts.tgt_tokenizer):
            raise UsageError("give both --src-tokenizer and --tgt-tokenizer (or neither)")
        return tokenizers.load(opts.src_tokenizer), tokenizers.load(opts.tgt_tokenizer)
    emit(
        "log",
        {
            "message": f"learning {opts.kind} vocabularies ({opts.vocab_size} pieces"
            f"{', joint' if opts.joint_vocab else ' each'})"
        },
    )
    if opts.joint_vocab:
        t = tokenizers.train_tokenizer(["\n".join(sources + targets)], opts.kind, opts.vocab_size)
        return t, t
    return (
        tokenizers.train_tokenizer(["\n".join(sources)], opts.kind, opts.vocab_size),
        tokenizers.train_tokenizer(["\n".join(targets)], opts.kind, opts.vocab_size),
    )


def _check_special_ids(tok, side: str) -> None:
    """Translation needs BOS, EOS and padding ids: sentencepiece vocabularies learned by rnncli
    reserve 1, 2 and 3 for them."""
    if not tokenizers.has_decoder_ids(tok):
        raise CheckpointError(
            f"the {side} tokenizer has no BOS/EOS/padding ids 1, 2, 3",
            "use a bpe or unigram vocabulary learned with 'rnncli tokenize train'",
        )


def train_mt(opts: TrainMTOptions, callback: Optional[Callback] = None) -> TrainMTResult:
    """Train a translator; under torchrun, one process of a data-parallel run (see distributed.py)."""
    return run_training(_train_mt, opts, callback)


# The options a new model's MTConfig takes (besides the vocabulary sizes).
_MODEL_OPTIONS = (
    "cell",
    "embed",
    "hidden",
    "layers",
    "dropout",
    "bidirectional",
    "attention",
    "reverse_source",
    "tie_weights",
    "input_feeding",
)
# Settings a resumed run must share with its checkpoint, and those it may change.
_FIXED_ON_RESUME = ("cell", "layers", "hidden", "embed", "bidirectional", "attention", "vocab_size", "kind")
_FIXED_ON_RESUME += ("input_feeding",)
_CHANGEABLE_ON_RESUME = (*CHANGEABLE_ON_RESUME, *("patience",))


def _train_mt(
    opts: TrainMTOptions, callback: Optional[Callback], held: contextlib.ExitStack, dist: Optional[ddp.Dist] = None
) -> TrainMTResult:
    dist = dist or ddp.Dist()
    emit = callback or (lambda e, d: None)
    given_tokenizers = (opts.src_tokenizer, opts.tgt_tokenizer)
    setup = prepare(opts, "mt", held, dist, emit, _take_resumed_options)
    resume, device = setup.resume, setup.device
    _bundled_options(opts)
    if opts.batch_size is None and opts.batch_tokens is None:
        opts.batch_tokens = DEFAULT_BATCH_TOKENS
    setup.claim(opts.out, "mt", opts.resume)
    (sources, targets), dev = _read_data(opts, emit)
    src_tok, tgt_tok = _resumed_tokenizers(resume, given_tokenizers) or _new_tokenizers(
        opts, sources, targets, dist, emit
    )
    _check_special_ids(src_tok, "source")
    _check_special_ids(tgt_tok, "target")
    pairs = encode_pairs(sources, targets, src_tok, tgt_tok, opts.max_len)
    if len(pairs) == 0:
        raise InputError(
            f"no usable training pairs (all {pairs.skipped} were empty or longer than --max-len {opts.max_len} tokens)"
        )
    dev_pairs = encode_pairs(*dev, src_tok, tgt_tok, 10**9)
    model, config = _model(opts, pairs, src_tok, tgt_tok, resume)
    model.to(device)
    batches_per_epoch = len(epoch_batches(pairs, opts, 0))
    steps = total_steps(opts.max_steps, opts.epochs, batches_per_epoch, opts.time_budget, DEFAULT_MT_MAX_STEPS)
    task = MTTask(model, config, src_tok, tgt_tok, pairs, dev_pairs, opts, device, dist, steps, batches_per_epoch)
    if resume is not None:
        task.load_train_state(resume["train"])
    start = {
        "tokens": sum(len(t) + 1 for t in pairs.tgt),
        "pairs": len(pairs),
        "skipped": pairs.skipped,
        "tokenizer": f"source {src_tok.describe()}, target {tgt_tok.describe()}",
    }
    engine, r = launch(task, opts, setup, steps, start, " share each batch")
    result = _result(r, engine.best)
    emit("end", asdict(result))
    return result


def _take_resumed_options(opts: TrainMTOptions, saved: dict, emit) -> None:
    """Data, model and batching come from the checkpoint being resumed; budgets and rates may change."""
    check_fixed_on_resume(opts, saved, _FIXED_ON_RESUME)
    if "batch_tokens" not in saved:  # a run from before batches by tokens: sentence batches
        saved = {**saved, "batch_tokens": None}
    given = {"resume", "out"}
    if opts.src or opts.tsv:
        given |= {"src", "tgt", "tsv", "dev_src", "dev_tgt", "dev_tsv"}
    merge_resume_options(opts, saved, _CHANGEABLE_ON_RESUME, given, emit)


def _read_data(opts: TrainMTOptions, emit) -> tuple[tuple[list[str], list[str]], tuple[list[str], list[str]]]:
    """The training and dev sentence pairs; without dev files, the last pairs are held out as the dev set."""
    sources, targets = read_pairs(opts.src, opts.tgt, opts.tsv, "training")
    if opts.dev_src or opts.dev_tsv:
        return (sources, targets), read_pairs(opts.dev_src, opts.dev_tgt, opts.dev_tsv, "dev")
    n_dev = max(1, min(1000, len(sources) // 20))
    if not sources[:-n_dev]:
        raise InputError("too few sentence pairs to hold some out for the dev set", "give --dev-src/--dev-tgt")
    emit("log", {"message": f"no dev files given: the last {n_dev:,} pairs are held out as the dev set"})
    return (sources[:-n_dev], targets[:-n_dev]), (sources[-n_dev:], targets[-n_dev:])


def _resumed_tokenizers(resume: Optional[dict], given: tuple):
    """A resumed run's vocabularies (tokenizer files given again must match them); None for a new run."""
    if resume is None:
        return None
    src_tok = tokenizers.from_state(resume["src_tokenizer"])
    tgt_tok = tokenizers.from_state(resume["tgt_tokenizer"])
    for path, mine, side in zip(given, (src_tok, tgt_tok), ("source", "target")):
        if path and tokenizers.load(path).to_state() != mine.to_state():
            raise CheckpointError(
                f"the {side} tokenizer {path} does not match the vocabulary of the checkpoint being resumed",
                "resume without --src-tokenizer/--tgt-tokenizer",
            )
    return src_tok, tgt_tok


def _new_tokenizers(opts: TrainMTOptions, sources, targets, dist: ddp.Dist, emit):
    """A new run's vocabularies, given or learned (under torchrun rank 0 learns them and the others take
    them from it)."""
    if dist.enabled:
        states = dist.on_main(lambda: tuple(t.to_state() for t in _tokenizers(opts, sources, targets, emit)))
        src_tok, tgt_tok = (tokenizers.from_state(st) for st in states)
    else:
        src_tok, tgt_tok = _tokenizers(opts, sources, targets, emit)
    return src_tok, tgt_tok


def _model(opts: TrainMTOptions, pairs, src_tok, tgt_tok, resume: Optional[dict]):
    """The model: the checkpoint's when resuming, or a new one whose output layer starts at the target
    side's unigram distribution (EOS once per pair)."""
    if resume is not None:
        config = MTConfig.from_dict(resume["model_config"])
        if (config.src_vocab, config.tgt_vocab) != (src_tok.vocab_size, tgt_tok.vocab_size):
            raise CheckpointError("the checkpoint's vocabularies do not fit its model")
    else:
        settings = {k: getattr(opts, k) for k in _MODEL_OPTIONS}
        config = MTConfig(src_vocab=src_tok.vocab_size, tgt_vocab=tgt_tok.vocab_size, **settings)
    torch.manual_seed(opts.seed)
    model = Seq2Seq(config)
    if resume is not None:
        model.load_state_dict(resume["model"])
    else:
        counts = np.bincount(np.concatenate(pairs.tgt), minlength=config.tgt_vocab)
        counts[EOS] += len(pairs)
        model.init_output_bias(counts)
    return model, config


def _result(r: EngineResult, best_bleu: float) -> TrainMTResult:
    final = r.curve[-1]
    return TrainMTResult(**r.shared(), best_bleu=best_bleu, final_bleu=final["bleu"], final_val_loss=final["val_loss"])


def epoch_batches(pairs, opts: TrainMTOptions, epoch: int) -> list[list[int]]:
    """An epoch's batches of pair indices: by --batch-tokens when given, else --batch-size pairs."""
    if opts.batch_size:
        return bucketed_batches(pairs, opts.batch_size, opts.seed, epoch)
    return token_batches(pairs, opts.batch_tokens, opts.seed, epoch)


class MTTask(Task):
    """A translator on the engine: length-bucketed batches of sentence pairs, reshuffled every epoch,
    with teacher forcing on its schedule; judged by greedy BLEU on the dev set."""

    kind, command, best_key = "mt", "train-mt", "best_bleu"
    score_key, score_name, higher_is_better = "bleu", "dev BLEU", True

    def __init__(
        self,
        model: Seq2Seq,
        config: MTConfig,
        src_tok,
        tgt_tok,
        pairs,
        dev_pairs,
        opts: TrainMTOptions,
        device: torch.device,
        dist: ddp.Dist,
        total_steps: Optional[int],
        steps_per_epoch: int,
    ):
        self.model, self.config, self.src_tok, self.tgt_tok = model, config, src_tok, tgt_tok
        self.pairs, self.dev_pairs, self.opts, self.device, self.dist = pairs, dev_pairs, opts, device, dist
        self.total_steps, self.steps_per_epoch = total_steps, steps_per_epoch
        self.epoch, self.batch_no = 0, 0
        self.gen = torch.Generator()  # the teacher-forcing coin
        self.gen.manual_seed(opts.seed + 1)
        self.batches: Optional[list] = None  # this epoch's batches, made when the first one is needed

    def load_train_state(self, tr: dict) -> None:
        self.epoch, self.batch_no = tr["epoch"], tr["batch_no"]
        self.gen.set_state(tr["tf_rng"])

    def batch_loss(self, net, step: int) -> Step:
        opts, device = self.opts, self.device
        if self.batches is None:
            self.batches = epoch_batches(self.pairs, opts, self.epoch)
        if self.batch_no >= len(self.batches):
            self.epoch, self.batch_no = self.epoch + 1, 0
            self.batches = epoch_batches(self.pairs, opts, self.epoch)
        batch = self.batches[self.batch_no]
        b = make_batch(self.pairs, batch)
        ratio = teacher_forcing_ratio(
            step,
            opts.schedule_steps or self.total_steps or 10_000,
            opts.teacher_forcing,
            opts.schedule,
            opts.schedule_k,
        )
        if self.dist.enabled:
            loss = _shared_loss(
                net, self.pairs, batch, b.tokens, self.dist, device, ratio, self.gen, opts.label_smoothing
            )
        else:
            logits = net(to_device(b.src, device), b.src_len, to_device(b.tgt_in, device), ratio, self.gen)
            loss = F.cross_entropy(
                logits.reshape(-1, logits.shape[-1]),
                to_device(b.tgt_out, device).reshape(-1),
                ignore_index=PAD,
                label_smoothing=opts.label_smoothing,
            )
        self.batch_no += 1
        return Step(loss, b.tokens, {"teacher_forcing": ratio})

    def evaluate(self, final: bool) -> dict:
        from rnncli.metrics import corpus_bleu
        from rnncli.models.search import greedy

        model, dev_pairs, opts, device = self.model, self.dev_pairs, self.opts, self.device
        model.eval()
        total, count = 0.0, 0
        with torch.no_grad():
            idx = list(range(len(dev_pairs)))
            for k in range(0, len(idx), 64):
                b = make_batch(dev_pairs, idx[k : k + 64])
                logits = model(b.src.to(device), b.src_len, b.tgt_in.to(device))
                total += F.cross_entropy(
                    logits.reshape(-1, logits.shape[-1]),
                    b.tgt_out.to(device).reshape(-1),
                    ignore_index=PAD,
                    reduction="sum",
                ).item()
                count += b.tokens
            n = min(len(dev_pairs), opts.dev_bleu_max)
            order = sorted(range(n), key=lambda i: len(dev_pairs.src[i]))
            hyps: dict[int, str] = {}
            for k in range(0, n, 64):
                chunk = order[k : k + 64]
                b = make_batch(dev_pairs, chunk)
                out = greedy(model, b.src.to(device), b.src_len.to(device), max_len=opts.max_len * 2)
                for i, h in zip(chunk, out):
                    hyps[i] = self.tgt_tok.decode(h[0].tokens)
        refs = [self.tgt_tok.decode(dev_pairs.tgt[i].tolist()) for i in range(n)]
        model.train()
        bleu = corpus_bleu([hyps[i] for i in range(n)], [refs]).score
        return {"val_loss": total / max(count, 1), "bleu": bleu}

    def payload(self) -> dict:
        return {
            "model_config": self.config.to_dict(),
            "src_tokenizer": self.src_tok.to_state(),
            "tgt_tokenizer": self.tgt_tok.to_state(),
            "max_len": self.opts.max_len,
        }

    def train_state(self) -> dict:
        return {"epoch": self.epoch, "batch_no": self.batch_no, "tf_rng": self.gen.get_state()}


def _shared_loss(
    net, pairs, batch: list[int], batch_tokens: int, dist: ddp.Dist, device, ratio: float, gen, label_smoothing: float
) -> torch.Tensor:
    """This rank's part of a batch's loss: its pairs' summed loss over the whole batch's token count,
    times the number of ranks (DistributedDataParallel averages the gradients over the ranks), so
    the ranks together take the step one process takes on the whole batch. A rank left without a
    pair (a batch smaller than the number of ranks) runs one pair with weight 0 to stay in step."""
    mine = batch[dist.rank :: dist.world]
    weight = dist.world / batch_tokens if mine else 0.0
    b = make_batch(pairs, mine or batch[:1])
    logits = net(to_device(b.src, device), b.src_len, to_device(b.tgt_in, device), ratio, gen)
    loss = F.cross_entropy(
        logits.reshape(-1, logits.shape[-1]),
        to_device(b.tgt_out, device).reshape(-1),
        ignore_index=PAD,
        label_smoothing=label_smoothing,
        reduction="sum",
    )
    return loss * weight
