"""Training an image captioner: batches of captioned images, teacher forcing (or scheduled sampling),
judged by the BLEU of greedy captions of the dev images against all their references."""

from __future__ import annotations

import contextlib
from dataclasses import asdict, dataclass
from typing import Optional

import numpy as np
import torch
import torch.nn.functional as F

from rnncli import distributed as ddp
from rnncli import tokenizers
from rnncli.batching import length_sorted_batches
from rnncli.caption.data import (
    Captions,
    CaptionTokenizer,
    EncodedCaptions,
    encode_captions,
    hold_out_images,
    load_images,
    make_batch,
    read_captions,
)
from rnncli.device import to_device
from rnncli.engine import RunResult, Step, Task, launch, prepare, run_training
from rnncli.errors import CheckpointError, InputError
from rnncli.models.captioner import CaptionConfig, Captioner
from rnncli.models.seq2seq import EOS, PAD
from rnncli.settings import DEFAULT_CAPTION_MAX_STEPS, TrainCaptionOptions
from rnncli.textio import bundled, read_bytes
from rnncli.training import (
    CHANGEABLE_ON_RESUME,
    Callback,
    check_fixed_on_resume,
    merge_resume_options,
    teacher_forcing_ratio,
    total_steps,
)

# The options a new model's CaptionConfig takes (besides the vocabulary size).
_MODEL_OPTIONS = ("image_size", "cnn", "channels", "finetune_cnn", "cell", "embed", "hidden", "layers", "dropout")
_MODEL_OPTIONS += ("attention", "input_feeding")
_FIXED_ON_RESUME = (*_MODEL_OPTIONS, "kind", "vocab_size", "tokenizer", "crop", "max_len", "select_by")
# --select-by: the dev figure that picks best.ckpt, as the log names it
SELECT_BY = {"cider": "dev CIDEr-D", "bleu": "dev BLEU", "chrf": "dev chrF"}
_CHANGEABLE_ON_RESUME = (*CHANGEABLE_ON_RESUME, "clip", "patience", "dev_bleu_max", "max_pixels")


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
    return run_training(_train_caption, opts, callback)


def _train_caption(
    opts: TrainCaptionOptions, callback: Optional[Callback], held: contextlib.ExitStack, dist: ddp.Dist
) -> TrainCaptionResult:
    emit = callback or (lambda e, d: None)
    setup = prepare(opts, "caption", held, dist, emit, _take_resumed_options)
    resume = setup.resume
    train, dev = _read_data(opts, emit)
    emit("log", {"message": f"reading {len(train.images) + len(dev.images):,} images at {opts.image_size} pixels"})
    train_images = load_images(train.images, opts.image_size, opts.crop, train.shown, opts.max_pixels)
    dev_images = load_images(dev.images, opts.image_size, opts.crop, dev.shown, opts.max_pixels)
    setup.claim(opts.out, "caption", opts.resume)
    tok = _tokenizer(opts, train, resume, dist, emit)
    caps = encode_captions(train, tok, opts.max_len)
    model, config = _model(opts, tok, caps, resume)
    model.to(setup.device)
    steps_per_epoch = len(length_sorted_batches([len(x) for x in caps.ids], opts.batch_size, opts.seed, 0))
    steps = total_steps(opts.max_steps, opts.epochs, steps_per_epoch, opts.time_budget, DEFAULT_CAPTION_MAX_STEPS)
    task = CaptionTask(model, config, tok, train_images, caps, dev, dev_images, opts, setup, steps, steps_per_epoch)
    if resume is not None:
        task.load_train_state(resume["train"])
    start = {
        "tokens": int(sum(len(x) + 1 for x in caps.ids)),
        "images": len(train.images),
        "captions": len(caps),
        "dev_images": len(dev.images),
        "grid": f"{model.side}x{model.side}",
        "tokenizer": tok.describe(),
    }
    engine, r = launch(task, opts, setup, steps, start, " share each batch")
    final = r.curve[-1]
    best = [e for e in r.curve if e.get("best")]
    result = TrainCaptionResult(
        **r.shared(),
        best_bleu=best[-1]["bleu"] if best else engine.best,
        final_bleu=final["bleu"],
        final_val_loss=final["val_loss"],
        select_by=opts.select_by,
        best_score=engine.best,
        final_cider=final.get("cider", 0.0),
    )
    emit("end", asdict(result))
    return result


def _take_resumed_options(opts: TrainCaptionOptions, saved: dict, emit) -> None:
    saved.setdefault("select_by", "bleu")  # runs from before --select-by kept their best by BLEU
    check_fixed_on_resume(opts, saved, _FIXED_ON_RESUME)
    given = {"resume", "out"} | ({"train", "dev"} if opts.train else set())
    merge_resume_options(opts, saved, _CHANGEABLE_ON_RESUME, given, emit)


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


def _tokenizer(opts: TrainCaptionOptions, train: Captions, resume: Optional[dict], dist: ddp.Dist, emit):
    """The checkpoint's vocabulary when resuming, else a given tokenizer file or one learned from the
    training captions (under torchrun rank 0 learns it and the others take it from it)."""
    if resume is not None:
        return CaptionTokenizer.from_state(resume["tokenizer"])
    if opts.tokenizer:
        return CaptionTokenizer(tokenizers.load(opts.tokenizer))
    texts = [c for _, c in train.pairs]
    if opts.kind != "char":
        emit("log", {"message": f"learning a {opts.kind} vocabulary ({opts.vocab_size} pieces)"})

    def learn():
        return tokenizers.train_tokenizer(["\n".join(texts)], opts.kind, opts.vocab_size).to_state()

    state = dist.on_main(learn) if dist.enabled else learn()
    return CaptionTokenizer.from_state(state)


def _model(opts: TrainCaptionOptions, tok: CaptionTokenizer, caps: EncodedCaptions, resume: Optional[dict]):
    """The checkpoint's model when resuming; else a new one (a given ResNet's weights loaded) whose
    output layer starts at the captions' unigram distribution (EOS once per caption)."""
    if resume is not None:
        config = CaptionConfig.from_dict(resume["model_config"])
        if config.vocab != tok.vocab_size:
            raise CheckpointError("the checkpoint's vocabulary does not fit its model")
    else:
        settings = {k: getattr(opts, k) for k in _MODEL_OPTIONS}
        config = CaptionConfig(vocab=tok.vocab_size, **settings)
    torch.manual_seed(opts.seed)
    model = Captioner(config)
    if resume is not None:
        model.load_state_dict(resume["model"])
        return model, config
    if opts.cnn_weights:
        model.cnn.load_pretrained(_read_weights(opts.cnn_weights), opts.cnn_weights)
    counts = np.bincount(np.concatenate(caps.ids), minlength=config.vocab) if len(caps) else np.zeros(config.vocab)
    counts[EOS] += len(caps)
    model.init_output_bias(counts)
    return model, config


def _read_weights(path: str) -> dict:
    """A state dict saved with torch.save, read without running any code it holds."""
    import io

    data = read_bytes(path, "CNN weights file")
    try:
        state = torch.load(io.BytesIO(data), map_location="cpu", weights_only=True)
    except Exception as e:  # noqa: BLE001  (any unpickling failure is the same error to the user)
        raise InputError(f"--cnn-weights {path} is not a PyTorch weights file ({type(e).__name__})") from None
    if not isinstance(state, dict):
        raise InputError(f"--cnn-weights {path} holds a {type(state).__name__}, not a state dict")
    return state.get("state_dict", state) if isinstance(state.get("state_dict"), dict) else state


class CaptionTask(Task):
    """A captioner on the engine: batches of captions of similar length (with their images), reshuffled
    every epoch, with teacher forcing on its schedule; judged on greedy captions of the dev images by
    ``--select-by`` (CIDEr-D by default; also reported: BLEU-1..4, ROUGE-L, sacrebleu's BLEU and chrF)."""

    kind, command, best_key = "caption", "train-caption", "best_bleu"
    score_key, score_name, higher_is_better = "bleu", "dev BLEU", True

    def __init__(self, model, config, tok, images, caps, dev: Captions, dev_images, opts, setup, total, per_epoch):
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
        self.total_steps, self.steps_per_epoch = total, per_epoch
        self.lengths = [len(x) for x in caps.ids]
        self.epoch, self.batch_no = 0, 0
        self.batches: Optional[list] = None
        self.gen = torch.Generator()  # the teacher-forcing coin
        self.gen.manual_seed(opts.seed + 1)

    def load_train_state(self, tr: dict) -> None:
        self.epoch, self.batch_no = tr["epoch"], tr["batch_no"]
        self.gen.set_state(tr["tf_rng"])

    def _epoch_batches(self) -> list[list[int]]:
        return length_sorted_batches(self.lengths, self.opts.batch_size, self.opts.seed, self.epoch)

    def batch_loss(self, net, step: int) -> Step:
        opts = self.opts
        if self.batches is None:
            self.batches = self._epoch_batches()
        if self.batch_no >= len(self.batches):
            self.epoch, self.batch_no = self.epoch + 1, 0
            self.batches = self._epoch_batches()
        batch = self.batches[self.batch_no]
        self.batch_no += 1
        ratio = teacher_forcing_ratio(
            step,
            opts.schedule_steps or self.total_steps or 10_000,
            opts.teacher_forcing,
            opts.schedule,
            opts.schedule_k,
        )
        # Under torchrun each rank takes its share of the batch, its summed loss over the whole batch's
        # tokens, times the ranks (their gradients are averaged); a rank left without a caption runs one
        # with weight 0 to stay in step.
        mine = batch[self.dist.rank :: self.dist.world] if self.dist.enabled else batch
        images, tgt_in, tgt_out, tokens = make_batch(self.images, self.caps, mine or batch[:1])
        all_tokens = sum(self.lengths[i] + 1 for i in batch)
        logits = net(to_device(images, self.device), to_device(tgt_in, self.device), ratio, self.gen)
        loss = F.cross_entropy(
            logits.reshape(-1, logits.shape[-1]).float(),
            to_device(tgt_out, self.device).reshape(-1),
            ignore_index=PAD,
            label_smoothing=opts.label_smoothing,
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
        return {
            "model_config": self.config.to_dict(),
            "tokenizer": self.tok.to_state(),
            "max_len": self.opts.max_len,
            "crop": self.opts.crop,
        }

    def train_state(self) -> dict:
        return {"epoch": self.epoch, "batch_no": self.batch_no, "tf_rng": self.gen.get_state()}


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
    attention: Optional[np.ndarray]  # (words + 1, side, side): each generated token's map, then <END>'s


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
    """Captions of uint8 images (N, 3, S, S), in order, in batches (each image's caption does not
    depend on the others): greedy search for ``beam`` 1, else beam search."""
    from rnncli.models.search import beam_search, greedy

    model.eval()
    out: list[list[CaptionHypothesis]] = []
    side = model.side
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
            out.append([_hypothesis(h, tok, side) for h in hs])
    return out


def _hypothesis(h, tok: CaptionTokenizer, side: int) -> CaptionHypothesis:
    attention = None if h.attention is None else h.attention.float().numpy().reshape(-1, side, side)
    return CaptionHypothesis(tok.decode(h.tokens), list(h.tokens), h.logprob, h.score, attention)
