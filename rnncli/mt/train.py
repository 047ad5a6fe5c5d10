"""Training an attention encoder-decoder translator."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Optional

import numpy as np
import torch
import torch.nn.functional as F

from rnncli import distributed as ddp
from rnncli import tokenizers
from rnncli.batching import EpochCursor
from rnncli.device import to_device
from rnncli.engine import Callback, EngineResult, RunResult, Step, Task, Trainer, train
from rnncli.errors import CheckpointError, InputError, UsageError
from rnncli.models.seq2seq import MTConfig, MTPayload, Seq2Seq
from rnncli.mt.corpus import bucketed_batches, encode_pairs, make_batch, read_pairs, token_batches
from rnncli.optim import TeacherForcing
from rnncli.settings import DEFAULT_BATCH_TOKENS, TrainMTOptions
from rnncli.textio import bundled
from rnncli.tokenizers import EOS, PAD


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
    if opts.tokenizer:  # one vocabulary for both languages
        tok = tokenizers.load(opts.tokenizer)
        return tok, tok
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
    return train(MTTrainer, opts, callback)


class MTTrainer(Trainer):
    """The translator's steps of a run (see engine.Trainer): sentence pairs, a vocabulary per side (or one
    for both), a model whose output layer starts at the target side's unigram distribution."""

    payload_class = MTPayload
    opts: TrainMTOptions

    def read(self) -> None:
        opts = self.opts
        _bundled_options(opts)
        if opts.batch_size is None and opts.batch_tokens is None:
            opts.batch_tokens = DEFAULT_BATCH_TOKENS
        (self.sources, self.targets), self.dev = _read_data(opts, self.emit)

    def learn_vocabulary(self) -> dict:
        src_tok, tgt_tok = _tokenizers(self.opts, self.sources, self.targets, self.emit)
        return {"src_tokenizer": src_tok.to_state(), "tgt_tokenizer": tgt_tok.to_state()}

    def vocabulary_from(self, saved: dict):
        vocab = MTPayload.vocabulary(saved)
        src_tok, tgt_tok = vocab["src_tokenizer"], vocab["tgt_tokenizer"]
        if self.setup.resume is not None:  # tokenizer files given again must hold the run's vocabularies
            given = (self.opts.src_tokenizer or self.opts.tokenizer, self.opts.tgt_tokenizer or self.opts.tokenizer)
            _check_resumed_tokenizers(given, src_tok, tgt_tok)
        _check_special_ids(src_tok, "source")
        _check_special_ids(tgt_tok, "target")
        return src_tok, tgt_tok

    def encode(self, vocab) -> None:
        opts, (src_tok, tgt_tok) = self.opts, vocab
        self.pairs = pairs = encode_pairs(self.sources, self.targets, src_tok, tgt_tok, opts.max_len)
        if len(pairs) == 0:
            raise InputError(
                f"no usable training pairs (all {pairs.skipped} were empty or longer than --max-len {opts.max_len} "
                "tokens)"
            )
        self.dev_pairs = encode_pairs(*self.dev, src_tok, tgt_tok, 10**9)

    def sizes(self, vocab) -> dict:
        return {"src_vocab": vocab[0].vocab_size, "tgt_vocab": vocab[1].vocab_size}

    def initialise(self, model: Seq2Seq) -> None:
        counts = np.bincount(np.concatenate(self.pairs.tgt), minlength=model.config.tgt_vocab)
        counts[EOS] += len(self.pairs)
        model.init_output_bias(counts)

    def task(self, model, config, vocab) -> "MTTask":
        return MTTask(model, config, *vocab, self.pairs, self.dev_pairs, self.opts, self.setup.device, self.dist)

    def start_info(self, task) -> dict:
        pairs = self.pairs
        return {
            "tokens": sum(len(t) + 1 for t in pairs.tgt),
            "pairs": len(pairs),
            "skipped": pairs.skipped,
            "tokenizer": f"source {task.src_tok.describe()}, target {task.tgt_tok.describe()}",
        }

    def result(self, engine, r: EngineResult) -> TrainMTResult:
        final = r.curve[-1]
        return TrainMTResult(
            **r.shared(), best_bleu=engine.best, final_bleu=final["bleu"], final_val_loss=final["val_loss"]
        )


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


def _check_resumed_tokenizers(given: tuple, src_tok, tgt_tok) -> None:
    for path, mine, side in zip(given, (src_tok, tgt_tok), ("source", "target")):
        if path and tokenizers.load(path).to_state() != mine.to_state():
            raise CheckpointError(
                f"the {side} tokenizer {path} does not match the vocabulary of the checkpoint being resumed",
                "resume without --src-tokenizer/--tgt-tokenizer",
            )


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
    ):
        self.model, self.config, self.src_tok, self.tgt_tok = model, config, src_tok, tgt_tok
        self.pairs, self.dev_pairs, self.opts, self.device, self.dist = pairs, dev_pairs, opts, device, dist
        self.cursor = EpochCursor(lambda epoch: epoch_batches(pairs, opts, epoch))
        self.steps_per_epoch = self.cursor.per_epoch
        self.forcing = TeacherForcing(opts)

    def resumable(self) -> list:
        return [self.cursor, self.forcing]

    def batch_loss(self, net, step: int) -> Step:
        opts, device = self.opts, self.device
        batch = self.cursor.next()
        b = make_batch(self.pairs, batch)
        ratio = self.forcing.ratio(step, self.total_steps)
        if self.dist.enabled:
            loss = _shared_loss(
                net, self.pairs, batch, b.tokens, self.dist, device, ratio, self.forcing.gen, opts.label_smoothing
            )
        else:
            logits = net(to_device(b.src, device), b.src_len, to_device(b.tgt_in, device), ratio, self.forcing.gen)
            loss = F.cross_entropy(
                logits.reshape(-1, logits.shape[-1]),
                to_device(b.tgt_out, device).reshape(-1),
                ignore_index=PAD,
                label_smoothing=opts.label_smoothing,
            )
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
        return MTPayload(self.config, self.src_tok, self.tgt_tok, self.opts.max_len).to_dict()


def _shared_loss(
    net, pairs, batch: list[int], batch_tokens: int, dist: ddp.Dist, device, ratio: float, gen, label_smoothing: float
) -> torch.Tensor:
    """This rank's part of a batch's loss: its pairs' summed loss over the whole batch's token count,
    times the number of ranks (DistributedDataParallel averages the gradients over the ranks), so
    the ranks together take the step one process takes on the whole batch. A rank left without a
    pair (a batch smaller than the number of ranks) runs one pair with weight 0 to stay in step."""
    mine = dist.share(batch)
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
