"""Training an image captioner: batches of captioned images, teacher forcing (or scheduled sampling),
judged by the BLEU of greedy captions of the dev images against all their references."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Optional

import numpy as np
import torch
import torch.nn.functional as F

from rnncli import tokenizers
from rnncli.batching import EpochCursor, length_sorted_batches
from rnncli.caption.data import (
    Captions,
    CaptionTokenizer,
    encode_captions,
    hold_out_images,
    make_batch,
    read_captions,
)
from rnncli.device import to_device
from rnncli.engine import Callback, RunResult, Step, Task, Trainer, train
from rnncli.images import load_image_sets, read_weights
from rnncli.models.captioner import Captioner, CaptionPayload
from rnncli.models.cnn import new_grid_config, settle_image_size
from rnncli.optim import TeacherForcing
from rnncli.settings import TrainCaptionOptions
from rnncli.textio import bundled
from rnncli.tokenizers import EOS, PAD

# --select-by: the dev figure that picks best.ckpt, as the log names it
SELECT_BY = {"cider": "dev CIDEr-D", "bleu": "dev BLEU", "chrf": "dev chrF"}


@dataclass(kw_only=True)
class TrainCaptionResult(RunResult):
    best_bleu: float  # the best checkpoint's sacrebleu BLEU
    final_bleu: float
    final_val_loss: float
    select_by: str = "bleu"  # the dev figure that picked best.ckpt: cider, bleu or chrf
    best_score: float = 0.0  # ... its value at the best checkpoint
    final_cider: float = 0.0


def train_caption(opts: TrainCaptionOptions, callback: Optional[Callback] = None) -> TrainCaptionResult:
    """Train a captioner; under torchrun, one process of a data-parallel run (see distributed.py)."""
    return train(CaptionTrainer, opts, callback)


class CaptionTrainer(Trainer):
    """The captioner's steps of a run (see engine.Trainer): captioned images read at one size, a caption
    vocabulary, a model whose output layer starts at the captions' unigram distribution."""

    payload_class = CaptionPayload
    opts: TrainCaptionOptions

    def read(self) -> None:
        opts = self.opts
        self.train_data, self.dev_data = _read_data(opts, self.emit)
        sets = (self.train_data, self.dev_data)
        self.size = settle_image_size(opts, sets, self.emit)
        self.train_images, self.dev_images = load_image_sets(sets, self.size, opts.crop, self.emit, opts.max_pixels)

    def learn_vocabulary(self) -> dict:
        opts = self.opts
        if opts.tokenizer:
            return {"tokenizer": CaptionTokenizer(tokenizers.load(opts.tokenizer)).to_state()}
        if opts.kind != "char":
            self.emit("log", {"message": f"learning a {opts.kind} vocabulary ({opts.vocab_size} pieces)"})
        texts = "\n".join(c for _, c in self.train_data.pairs)
        return {"tokenizer": tokenizers.train_tokenizer([texts], opts.kind, opts.vocab_size).to_state()}

    def vocabulary_from(self, saved: dict) -> CaptionTokenizer:
        return CaptionPayload.vocabulary(saved)["tokenizer"]

    def encode(self, tok: CaptionTokenizer) -> None:
        self.caps = encode_captions(self.train_data, tok, self.opts.max_len)

    def sizes(self, tok: CaptionTokenizer) -> dict:
        return {"vocab": tok.vocab_size, **new_grid_config(self.opts.cnn, self.size)}

    def initialise(self, model: Captioner) -> None:
        caps, vocab = self.caps, model.config.vocab
        if self.opts.cnn_weights:
            model.cnn.load_pretrained(read_weights(self.opts.cnn_weights), self.opts.cnn_weights)
        counts = np.bincount(np.concatenate(caps.ids), minlength=vocab) if len(caps) else np.zeros(vocab)
        counts[EOS] += len(caps)
        model.init_output_bias(counts)

    def task(self, model, config, tok) -> "CaptionTask":
        return CaptionTask(
            model, config, tok, self.train_images, self.caps, self.dev_data, self.dev_images, self.opts, self.setup
        )

    def start_info(self, task) -> dict:
        caps = self.caps
        return {
            "tokens": int(sum(len(x) + 1 for x in caps.ids)),
            "images": len(self.train_data.images),
            "captions": len(caps),
            "dev_images": len(self.dev_data.images),
            "grid": "x".join(map(str, task.model.grid_shape)),
            "tokenizer": task.tok.describe(),
        }

    def result(self, engine, r) -> TrainCaptionResult:
        final = r.curve[-1]
        best = [e for e in r.curve if e.get("best")]
        return TrainCaptionResult(
            **r.shared(),
            best_bleu=best[-1]["bleu"] if best else engine.best,
            final_bleu=final["bleu"],
            final_val_loss=final["val_loss"],
            select_by=self.opts.select_by,
            best_score=engine.best,
            final_cider=final.get("cider", 0.0),
        )


def _read_data(opts: TrainCaptionOptions, emit) -> tuple[Captions, Captions]:
    """The training and dev captions: the bundled emoji when no file is given, and a held-out share of
    the training file's images when no dev file is."""
    train_path = opts.train or str(bundled("emoji", "train.tsv"))
    dev_path = opts.dev or (None if opts.train else str(bundled("emoji", "dev.tsv")))
    train = read_captions(train_path, "training file")
    if dev_path is None:
        train, dev = hold_out_images(train, opts.dev_fraction, opts.seed)
        emit("log", {"message": f"no dev file given: {len(dev.images):,} images held out as the dev set"})
    else:
        dev = read_captions(dev_path, "dev file")
    emit(
        "log",
        {
            "message": f"{len(train.images):,} training images with {len(train.pairs):,} captions, "
            f"{len(dev.images):,} dev images"
        },
    )
    return train, dev


class CaptionTask(Task):
    """A captioner on the engine: batches of captions of similar length (with their images), reshuffled
    every epoch, with teacher forcing on its schedule; judged on greedy captions of the dev images by
    ``--select-by`` (CIDEr-D by default; also reported: BLEU-1..4, ROUGE-L, sacrebleu's BLEU and chrF)."""

    kind, command, best_key = "caption", "train-caption", "best_bleu"
    score_key, score_name, higher_is_better = "bleu", "dev BLEU", True

    def __init__(self, model, config, tok, images, caps, dev: Captions, dev_images, opts, setup):
        # the figure that picks best.ckpt, and its name in the checkpoint ("best_cider"; "best_bleu" as before)
        self.score_key, self.score_name, self.best_key = (
            opts.select_by,
            SELECT_BY[opts.select_by],
            f"best_{opts.select_by}",
        )
        self.model, self.config, self.tok, self.images, self.caps = model, config, tok, images, caps
        self.dev, self.dev_images, self.opts = dev, dev_images, opts
        self.dev_caps = encode_captions(dev, tok, 10**9)
        self.device, self.dist = setup.device, setup.dist
        self.lengths = lengths = [len(x) for x in caps.ids]
        self.cursor = EpochCursor(lambda epoch: length_sorted_batches(lengths, opts.batch_size, opts.seed, epoch))
        self.steps_per_epoch = self.cursor.per_epoch
        self.forcing = TeacherForcing(opts)

    def resumable(self) -> list:
        return [self.cursor, self.forcing]

    def batch_loss(self, net, step: int) -> Step:
        batch = self.cursor.next()
        ratio = self.forcing.ratio(step, self.total_steps)
        # Under torchrun each rank takes its share of the batch, its summed loss over the whole batch's
        # tokens, times the ranks (their gradients are averaged); a rank left without a caption runs one
        # with weight 0 to stay in step.
        mine = self.dist.share(batch)
        images, tgt_in, tgt_out, tokens = make_batch(self.images, self.caps, mine or batch[:1])
        all_tokens = sum(self.lengths[i] + 1 for i in batch)
        logits = net(to_device(images, self.device), to_device(tgt_in, self.device), ratio, self.forcing.gen)
        loss = F.cross_entropy(
            logits.reshape(-1, logits.shape[-1]).float(),
            to_device(tgt_out, self.device).reshape(-1),
            ignore_index=PAD,
            label_smoothing=self.opts.label_smoothing,
            reduction="sum",
        )
        weight = (self.dist.world if self.dist.enabled else 1) / all_tokens if mine else 0.0
        return Step(loss * weight, all_tokens, {"teacher_forcing": ratio})

    def evaluate(self, final: bool) -> dict:
        from rnncli.caption.metrics import dev_scores

        model, device = self.model, self.device
        model.eval()
        total, count = 0.0, 0
        with torch.no_grad():
            for k in range(0, len(self.dev_caps), 64):
                images, tgt_in, tgt_out, tokens = make_batch(
                    self.dev_images, self.dev_caps, range(k, k + 64)[: len(self.dev_caps) - k]
                )
                logits = model(images.to(device), tgt_in.to(device))
                total += F.cross_entropy(
                    logits.reshape(-1, logits.shape[-1]).float(),
                    tgt_out.to(device).reshape(-1),
                    ignore_index=PAD,
                    reduction="sum",
                ).item()
                count += tokens
            n = min(len(self.dev.images), self.opts.dev_bleu_max)
            hyps = caption_images(model, self.dev_images[:n], self.tok, device, beam=1, max_len=self.opts.max_len)
        model.train()
        return {"val_loss": total / max(count, 1), **dev_scores([h[0].text for h in hyps], self.dev.references()[:n])}

    def payload(self) -> dict:
        return CaptionPayload(self.config, self.tok, self.opts.max_len, self.opts.crop).to_dict()


def reference_streams(refs: list[list[str]]) -> list[list[Optional[str]]]:
    """Per-image reference lists -> sacrebleu's reference streams (stream j holds every image's j-th
    reference; None where an image has fewer, which sacrebleu skips)."""
    width = max((len(r) for r in refs), default=1)
    return [[r[j] if j < len(r) else None for r in refs] for j in range(width)]


@dataclass
class CaptionHypothesis:
    text: str
    tokens: list[int]
    logprob: float
    score: float
    attention: Optional[np.ndarray]  # (words + 1, rows, columns): each generated token's map, then <END>'s


def caption_images(
    model: Captioner,
    images: torch.Tensor,
    tok: CaptionTokenizer,
    device,
    beam: int = 1,
    max_len: int = 24,
    n_best: int = 1,
    alpha: float = 1.0,
    keep_attention: bool = False,
    batch_size: int = 64,
) -> list[list[CaptionHypothesis]]:
    """Captions of uint8 images (N, 3, H, W), in order, in batches (each image's caption does not
    depend on the others): greedy search for ``beam`` 1, else beam search."""
    from rnncli.models.search import beam_search, greedy

    model.eval()
    out: list[list[CaptionHypothesis]] = []
    grid = model.grid_shape
    for k in range(0, len(images), batch_size):
        x = images[k : k + batch_size].to(device)
        lengths = model.grid_lengths(x.shape[0], device)
        if beam <= 1:
            hyps = greedy(model, x, lengths, max_len=max_len, ratio=None, alpha=alpha, keep_attention=keep_attention)
        else:
            hyps = beam_search(
                model,
                x,
                lengths,
                k=beam,
                max_len=max_len,
                ratio=None,
                alpha=alpha,
                n_best=n_best,
                keep_attention=keep_attention,
                exact_stop=True,
            )
        for hs in hyps:
            out.append([_hypothesis(h, tok, grid) for h in hs])
    return out


def _hypothesis(h, tok: CaptionTokenizer, grid: tuple[int, int]) -> CaptionHypothesis:
    attention = None if h.attention is None else h.attention.float().numpy().reshape(-1, *grid)
    return CaptionHypothesis(tok.decode(h.tokens), list(h.tokens), h.logprob, h.score, attention)
