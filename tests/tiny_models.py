"""Tiny random models built offline, so the real loading and generation code runs in tests.

Nothing is downloaded: a byte-level BPE tokenizer is trained with ``tokenizers`` on a few
sentences, and small BART / Llama configs get random weights from a fixed seed. Each model is
saved with ``save_pretrained`` (or written as a GGUF file) exactly as a user's model would be,
then loaded back through ``summarizer.generation.models.load_model``.
"""

from __future__ import annotations

from pathlib import Path

CORPUS = [
    "Kerry said the talks in Geneva would not start before August.",
    "Russia and the United States agreed on Tuesday to push for a political solution.",
    "The minister reportedly told reporters that 12 people may have died in the attack.",
    "Officials met last week to map out a road to peace, but failed to agree on a date.",
    "Several human rights organizations say the militants have committed war crimes.",
    "The opposition has already shown support for the communique and its prohibition.",
    "Police never confirmed the report, according to the local newspaper.",
    "Shorten the sentence below by deleting the words that are least important.",
]
BART_SPECIALS = ["<s>", "<pad>", "</s>", "<unk>", "<mask>"]
CHAT_SPECIALS = ["<|endoftext|>", "<|im_start|>", "<|im_end|>"]
CHAT_TEMPLATE = (
    "{% for message in messages %}{{ '<|im_start|>' + message['role'] + '\n' + "
    "message['content'] + '<|im_end|>' + '\n' }}{% endfor %}"
    "{% if add_generation_prompt %}{{ '<|im_start|>assistant\n' }}{% endif %}"
)
VOCAB_SIZE = 400


def train_tokenizer(specials: list[str]) -> object:
    """A byte-level BPE (GPT-2 / SmolLM2 style, "Ġword") trained on CORPUS."""
    from tokenizers import Tokenizer, decoders, models, pre_tokenizers, trainers

    tokenizer = Tokenizer(models.BPE())
    tokenizer.pre_tokenizer = pre_tokenizers.ByteLevel(add_prefix_space=False)
    tokenizer.decoder = decoders.ByteLevel()
    trainer = trainers.BpeTrainer(
        vocab_size=VOCAB_SIZE,
        special_tokens=specials,
        initial_alphabet=pre_tokenizers.ByteLevel.alphabet(),
        show_progress=False,
    )
    tokenizer.train_from_iterator(CORPUS * 3, trainer=trainer)
    return tokenizer


def _fast_tokenizer(raw: object, **specials: str) -> object:
    from transformers import PreTrainedTokenizerFast

    return PreTrainedTokenizerFast(tokenizer_object=raw, **specials)


def build_tiny_bart(folder: Path, seed: int = 0) -> Path:
    """A 2-layer BART (seq2seq) with forced BOS, like facebook/bart-large-cnn."""
    import torch
    from tokenizers import processors
    from transformers import BartConfig, BartForConditionalGeneration

    raw = train_tokenizer(BART_SPECIALS)
    bos, eos = raw.token_to_id("<s>"), raw.token_to_id("</s>")
    raw.post_processor = processors.TemplateProcessing(
        single="<s> $A </s>", special_tokens=[("<s>", bos), ("</s>", eos)]
    )
    tokenizer = _fast_tokenizer(
        raw, bos_token="<s>", eos_token="</s>", pad_token="<pad>", unk_token="<unk>"
    )
    config = BartConfig(
        vocab_size=raw.get_vocab_size(),
        d_model=32,
        encoder_layers=1,
        decoder_layers=1,
        encoder_attention_heads=2,
        decoder_attention_heads=2,
        encoder_ffn_dim=64,
        decoder_ffn_dim=64,
        max_position_embeddings=512,
        bos_token_id=bos,
        eos_token_id=eos,
        pad_token_id=raw.token_to_id("<pad>"),
        decoder_start_token_id=eos,
        forced_bos_token_id=bos,
    )
    torch.manual_seed(seed)
    model = BartForConditionalGeneration(config)
    model.generation_config.forced_bos_token_id = bos
    model.save_pretrained(folder)
    tokenizer.save_pretrained(folder)
    return folder


def build_tiny_llama(folder: Path, seed: int = 0, chat: bool = True) -> Path:
    """A 2-layer Llama (causal), with a ChatML template when ``chat`` (like SmolLM2)."""
    import torch
    from transformers import LlamaForCausalLM

    raw = train_tokenizer(CHAT_SPECIALS)
    tokenizer = _fast_tokenizer(
        raw, bos_token="<|im_start|>", eos_token="<|im_end|>", pad_token="<|endoftext|>"
    )
    if chat:
        tokenizer.chat_template = CHAT_TEMPLATE
    config = _llama_config(raw)
    torch.manual_seed(seed)
    model = LlamaForCausalLM(config)
    model.save_pretrained(folder)
    tokenizer.save_pretrained(folder)
    return folder


def _llama_config(raw: object) -> object:
    from transformers import LlamaConfig

    return LlamaConfig(
        vocab_size=raw.get_vocab_size(),
        hidden_size=32,
        intermediate_size=64,
        num_hidden_layers=2,
        num_attention_heads=4,
        num_key_value_heads=2,
        max_position_embeddings=1024,
        bos_token_id=raw.token_to_id("<|im_start|>"),
        eos_token_id=raw.token_to_id("<|im_end|>"),
        pad_token_id=raw.token_to_id("<|endoftext|>"),
        tie_word_embeddings=True,
    )


def build_tiny_gguf(folder: Path, seed: int = 0) -> Path:
    """The tiny Llama written as an F32 GGUF file, laid out as llama.cpp writes SmolLM2.

    The q/k weights are random, so llama.cpp's head permutation does not matter here.
    """
    import gguf
    import numpy as np

    raw = train_tokenizer(CHAT_SPECIALS)
    config = _llama_config(raw)
    folder.mkdir(parents=True, exist_ok=True)
    path = folder / "tiny-llama.gguf"
    writer = gguf.GGUFWriter(str(path), "llama")
    _write_llama_metadata(writer, config)
    _write_tokenizer_metadata(writer, raw)
    rng = np.random.default_rng(seed)
    for name, shape in _llama_tensor_shapes(config).items():
        data = np.ones(shape) if name.endswith("norm.weight") else rng.normal(0, 0.02, shape)
        writer.add_tensor(name, data.astype(np.float32))
    writer.write_header_to_file()
    writer.write_kv_data_to_file()
    writer.write_tensors_to_file()
    writer.close()
    return path


def _write_llama_metadata(writer: object, config: object) -> None:
    writer.add_name("tiny-llama")
    writer.add_context_length(config.max_position_embeddings)
    writer.add_embedding_length(config.hidden_size)
    writer.add_block_count(config.num_hidden_layers)
    writer.add_feed_forward_length(config.intermediate_size)
    writer.add_head_count(config.num_attention_heads)
    writer.add_head_count_kv(config.num_key_value_heads)
    writer.add_rope_dimension_count(config.hidden_size // config.num_attention_heads)
    writer.add_layer_norm_rms_eps(1e-5)
    writer.add_vocab_size(config.vocab_size)


def _write_tokenizer_metadata(writer: object, raw: object) -> None:
    import json

    model = json.loads(raw.to_str())["model"]
    tokens = [token for token, _ in sorted(model["vocab"].items(), key=lambda item: item[1])]
    merges = [m if isinstance(m, str) else " ".join(m) for m in model["merges"]]
    writer.add_tokenizer_model("gpt2")
    writer.add_token_list(tokens)
    writer.add_token_types([3 if t in CHAT_SPECIALS else 1 for t in tokens])
    writer.add_token_merges(merges)
    writer.add_bos_token_id(raw.token_to_id("<|im_start|>"))
    writer.add_eos_token_id(raw.token_to_id("<|im_end|>"))
    writer.add_pad_token_id(raw.token_to_id("<|endoftext|>"))
    writer.add_chat_template(CHAT_TEMPLATE)


def _llama_tensor_shapes(config: object) -> dict[str, tuple[int, ...]]:
    """GGUF tensor names with numpy shapes (rows = output features, as in torch)."""
    hidden, inter = config.hidden_size, config.intermediate_size
    kv = hidden // config.num_attention_heads * config.num_key_value_heads
    shapes = {"token_embd.weight": (config.vocab_size, hidden), "output_norm.weight": (hidden,)}
    for i in range(config.num_hidden_layers):
        shapes.update(
            {
                f"blk.{i}.attn_norm.weight": (hidden,),
                f"blk.{i}.attn_q.weight": (hidden, hidden),
                f"blk.{i}.attn_k.weight": (kv, hidden),
                f"blk.{i}.attn_v.weight": (kv, hidden),
                f"blk.{i}.attn_output.weight": (hidden, hidden),
                f"blk.{i}.ffn_norm.weight": (hidden,),
                f"blk.{i}.ffn_gate.weight": (inter, hidden),
                f"blk.{i}.ffn_up.weight": (inter, hidden),
                f"blk.{i}.ffn_down.weight": (hidden, inter),
            }
        )
    return shapes


def tiny_tokenizer() -> object:
    """The byte-level tokenizer of the tiny Llama, without building a model."""
    raw = train_tokenizer(CHAT_SPECIALS)
    return _fast_tokenizer(
        raw, bos_token="<|im_start|>", eos_token="<|im_end|>", pad_token="<|endoftext|>"
    )


def tiny_sentencepiece_tokenizer() -> object:
    """A "▁word" tokenizer (Metaspace, as T5 / PEGASUS / Llama-2 spell words) on CORPUS."""
    from tokenizers import Tokenizer, decoders, models, pre_tokenizers, trainers

    raw = Tokenizer(models.BPE(unk_token="<unk>"))
    raw.pre_tokenizer = pre_tokenizers.Metaspace(replacement="▁", prepend_scheme="always")
    raw.decoder = decoders.Metaspace(replacement="▁", prepend_scheme="always")
    trainer = trainers.BpeTrainer(
        vocab_size=VOCAB_SIZE, special_tokens=["<pad>", "</s>", "<unk>"], show_progress=False
    )
    raw.train_from_iterator(CORPUS * 3, trainer=trainer)
    return _fast_tokenizer(raw, eos_token="</s>", pad_token="<pad>", unk_token="<unk>")
