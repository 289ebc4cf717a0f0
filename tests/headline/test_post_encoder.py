"""The post encoder's frozen lower layers: only they run, and they give the base's own hidden states."""
from __future__ import annotations

import pytest

from unbait.headline import post_encoder

torch = pytest.importorskip("torch")


@pytest.mark.parametrize("frozen", [2, 4])
def test_lower_layers_are_the_bases_hidden_states(frozen):
    """Regression: the whole base ran (6 layers) before the tuned ones, for the same states."""
    tok, base = post_encoder._base()
    x = tok(["You won't believe what she said", "The 7 best ways to cook rice at home"], padding=True,
            return_tensors="pt")
    with torch.inference_mode():
        want = base(**x, output_hidden_states=True).hidden_states[frozen]
    got = post_encoder.lower_layers(x["input_ids"], x["attention_mask"], x.get("token_type_ids"), frozen)
    real = x["attention_mask"].bool()
    assert got.shape == want.shape and torch.allclose(got[real], want[real], atol=1e-5)


def test_lower_layers_run_only_the_frozen_layers(monkeypatch):
    _, base = post_encoder._base()
    ran = []
    for i, layer in enumerate(base.encoder.layer):
        monkeypatch.setattr(layer, "forward", lambda *a, i=i, f=layer.forward, **k: ran.append(i) or f(*a, **k))
    tok, _ = post_encoder._base()
    x = tok(["a post"], return_tensors="pt")
    post_encoder.lower_layers(x["input_ids"], x["attention_mask"], x.get("token_type_ids"), 2)
    assert ran == [0, 1]
