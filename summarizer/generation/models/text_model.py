"""Generating with a loaded model: :class:`TextModel` wraps the weights and tokenizer with the
:class:`~summarizer.generation.models.settings.GenerationSettings` it generates with."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import Any

from summarizer.generation.models.settings import GenerationSettings, set_threads


class PromptTooLongError(ValueError):
    """A causal model's prompt does not fit its context window (it is never cut silently)."""


@dataclass
class Loaded:
    """The weights and tokenizer of one model, shared by every TextModel made from it."""

    model: Any
    tokenizer: Any
    origin: str  # "folder", "gguf", "gguf-cache" or "hub": where the weights came from


AllowedTokens = Callable[[Sequence[int]], Sequence[int]]
"""Given the tokens generated so far (prompt excluded), the token ids allowed next."""


class TextModel:
    """A loaded model plus the settings it generates with.

    Seq2seq models (BART, PEGASUS, LED, T5) take the prompt as encoder input; causal models
    get it as one user message through their chat template when they have one.
    """

    def __init__(self, loaded: Loaded, *, name: str, settings: GenerationSettings) -> None:
        self._loaded = loaded
        self.name = name
        self.settings = settings

    @property
    def model(self) -> Any:
        return self._loaded.model

    @property
    def tokenizer(self) -> Any:
        return self._loaded.tokenizer

    @property
    def origin(self) -> str:
        """Where the weights came from: "folder", "gguf", "gguf-cache" or "hub"."""
        return self._loaded.origin

    @property
    def is_seq2seq(self) -> bool:
        return bool(self.model.config.is_encoder_decoder)

    @property
    def has_chat_template(self) -> bool:
        return not self.is_seq2seq and bool(getattr(self.tokenizer, "chat_template", None))

    @property
    def context_tokens(self) -> int:
        """The longest prompt (template included) the model takes.

        Seq2seq: the encoder's window. Causal: the window less ``max_new_tokens``, because the
        answer has to fit in the same window.
        """
        window = _context_window(self.model.config, self.tokenizer)
        if self.is_seq2seq:
            return window
        return max(1, window - self.settings.max_new_tokens)

    @property
    def eos_token_ids(self) -> tuple[int, ...]:
        eos = self.model.generation_config.eos_token_id
        if eos is None:
            eos = self.tokenizer.eos_token_id
        ids = eos if isinstance(eos, (list, tuple)) else [eos]
        return tuple(int(i) for i in ids if i is not None)

    def with_settings(self, settings: GenerationSettings) -> TextModel:
        """The same weights with other settings (no reload)."""
        return TextModel(self._loaded, name=self.name, settings=settings)

    def count_tokens(self, text: str) -> int:
        """Tokens of ``text`` alone (no special tokens, no template)."""
        return len(self.tokenizer(text, add_special_tokens=False)["input_ids"])

    def prompt_ids(self, prompt: str, reserve: int | None = None) -> list[int]:
        """The model's input for ``prompt``: chat-templated for instruction models.

        Seq2seq input longer than the window is cut at the end (as summarization pipelines do);
        a causal prompt that does not leave ``reserve`` tokens (default: ``max_new_tokens``)
        of the window for the answer raises PromptTooLongError instead, since cutting it
        would drop the chat template's tail and the instruction.
        """
        tok = self.tokenizer
        if self.is_seq2seq:
            return list(tok(prompt, truncation=True, max_length=self.context_tokens)["input_ids"])
        if self.has_chat_template:
            messages = [{"role": "user", "content": prompt}]
            text = tok.apply_chat_template(messages, tokenize=False, add_generation_prompt=True)
            ids = list(tok(text, add_special_tokens=False)["input_ids"])
        else:
            ids = list(tok(prompt)["input_ids"])
        window = _context_window(self.model.config, self.tokenizer)
        limit = max(1, window - (self.settings.max_new_tokens if reserve is None else reserve))
        if len(ids) > limit:
            raise PromptTooLongError(f"prompt has {len(ids)} tokens; {self.name} takes at most {limit}")
        return ids

    def generate(self, prompt: str, max_new_tokens: int | None = None, **overrides: Any) -> str:
        """Generate a completion of ``prompt`` and return only the new text, stripped."""
        ids = self.generate_ids(prompt, max_new_tokens=max_new_tokens, **overrides)
        return str(self.tokenizer.decode(ids, skip_special_tokens=True)).strip()

    def generate_ids(
        self,
        prompt: str,
        *,
        allowed: AllowedTokens | None = None,
        max_new_tokens: int | None = None,
        **overrides: Any,
    ) -> list[int]:
        """The new token ids (no prompt, no trailing EOS/padding).

        ``allowed`` constrains decoding: at every step only the ids it returns may be chosen
        (sentence compression uses it to allow only deletions).
        """
        import torch

        settings = self.settings.replace(max_new_tokens=max_new_tokens, **overrides)
        set_threads(settings)
        inputs = torch.tensor([self.prompt_ids(prompt, settings.max_new_tokens)], dtype=torch.long)
        if self.is_seq2seq:  # the decoder has a position limit of its own
            room = _decoder_window(self.model.config, self.tokenizer) - len(self._decoder_prefix())
            settings = settings.replace(max_new_tokens=max(1, min(settings.max_new_tokens, room)))
        kwargs = self._generate_kwargs(settings, inputs)
        prefix_len = kwargs["decoder_input_ids"].shape[1] if self.is_seq2seq else inputs.shape[1]
        if allowed is not None:
            kwargs["logits_processor"] = _allowed_processor(allowed, prefix_len)
            # The constraint decides where the output may end; a model's own minimum
            # length (bart-large-cnn: 56 tokens) would only fight it.
            kwargs["generation_config"].min_length = 0
            kwargs["generation_config"].min_new_tokens = None
        torch.manual_seed(settings.seed)
        with torch.inference_mode():
            output = self.model.generate(**kwargs)
        return self._strip_end(output[0, prefix_len:].tolist())

    def _generate_kwargs(self, settings: GenerationSettings, inputs: Any) -> dict[str, Any]:
        import torch

        kwargs: dict[str, Any] = {
            "input_ids": inputs,
            "attention_mask": torch.ones_like(inputs),
            "generation_config": self._generation_config(settings),
        }
        if self.is_seq2seq:
            kwargs["decoder_input_ids"] = torch.tensor([self._decoder_prefix()], dtype=torch.long)
        return kwargs

    def _generation_config(self, settings: GenerationSettings) -> Any:
        """The model's own generation config with our settings written over it.

        Model-specific fields (decoder start, forced BOS, length penalty) stay; every field we
        own is set explicitly, so a model that ships ``do_sample = true`` still decodes greedily
        unless the settings say otherwise.
        """
        config = self.model.generation_config.__class__.from_dict(
            self.model.generation_config.to_dict()
        )
        config.max_new_tokens = settings.max_new_tokens
        config.max_length = None
        config.num_beams = settings.num_beams
        config.do_sample = settings.do_sample
        config.temperature = settings.temperature if settings.do_sample else 1.0
        config.top_p = settings.top_p if settings.do_sample else 1.0
        config.top_k = getattr(config, "top_k", None) if settings.do_sample else None
        config.no_repeat_ngram_size = settings.no_repeat_ngram_size
        config.repetition_penalty = settings.repetition_penalty
        config.num_return_sequences = 1
        if config.pad_token_id is None:
            config.pad_token_id = self.tokenizer.pad_token_id
        if config.pad_token_id is None and self.eos_token_ids:
            config.pad_token_id = self.eos_token_ids[0]
        return config

    def _decoder_prefix(self) -> list[int]:
        """Decoder start (+ forced BOS for BART): given explicitly so that constrained
        decoding sees only the tokens the model actually chooses."""
        config, gen = self.model.config, self.model.generation_config
        start = gen.decoder_start_token_id
        if start is None:
            start = config.decoder_start_token_id
        if start is None:
            start = self.tokenizer.pad_token_id
        prefix = [int(start)]
        forced = getattr(gen, "forced_bos_token_id", None)
        if forced is None:
            forced = getattr(config, "forced_bos_token_id", None)
        if forced is not None:
            prefix.append(int(forced))
        return prefix

    def _strip_end(self, ids: list[int]) -> list[int]:
        stop = set(self.eos_token_ids)
        pad = self.tokenizer.pad_token_id
        for index, token in enumerate(ids):
            if token in stop:
                return ids[:index]
        while ids and ids[-1] == pad:
            ids = ids[:-1]
        return ids


def _context_window(config: Any, tokenizer: Any) -> int:
    """The model's position limit; T5-like models without one fall back to the tokenizer's."""
    for attr in (
        "max_encoder_position_embeddings",
        "max_position_embeddings",
        "n_positions",
        "max_sequence_length",
        "seq_length",
    ):
        value = getattr(config, attr, None)
        if isinstance(value, int) and value > 0:
            return value
    limit = getattr(tokenizer, "model_max_length", None)
    return int(limit) if isinstance(limit, int) and 0 < limit < 1_000_000 else 1024


def _decoder_window(config: Any, tokenizer: Any) -> int:
    """LED's decoder is shorter than its encoder; other seq2seq models share one limit."""
    value = getattr(config, "max_decoder_position_embeddings", None)
    return value if isinstance(value, int) and value > 0 else _context_window(config, tokenizer)


def _allowed_processor(allowed: AllowedTokens, prefix_len: int) -> Any:
    """A LogitsProcessorList that masks every token ``allowed`` does not return.

    If other processors (no-repeat n-grams, a minimum length) already set every allowed token
    to -inf, the allowed ones get equal scores instead: the constraint always wins, so the
    output can never leave the allowed set.
    """
    import torch
    from transformers import LogitsProcessor, LogitsProcessorList

    class _Allowed(LogitsProcessor):  # type: ignore[misc]
        def __call__(self, input_ids: Any, scores: Any) -> Any:
            masked = torch.full_like(scores, float("-inf"))
            for row in range(input_ids.shape[0]):
                ids = list(allowed(input_ids[row, prefix_len:].tolist()))
                if not ids:  # a finished row (after EOS): leave it as it is
                    masked[row] = scores[row]
                    continue
                index = torch.tensor(ids, dtype=torch.long, device=scores.device)
                kept = scores[row, index]
                if torch.isinf(kept).all():
                    kept = torch.zeros_like(kept)
                masked[row, index] = kept
            return masked

    return LogitsProcessorList([_Allowed()])
