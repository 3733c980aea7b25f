#!/usr/bin/env python3
"""Writes a synthetic news corpus of a target size as JSON Lines, deterministically, for scale benchmarks.

    scripts/synthetic-corpus.py SOURCE SIZE OUT.jsonl [--seed N]

SOURCE is a real corpus: a folder of .txt articles (title on the first line, as in bbc2225 and seeds/) or
a .jsonl / .jsonl.gz file with a "text" field (and "source" when it has one). SIZE is the target size
of the output, e.g. 100M or 1G (bytes of UTF-8 JSON; the last document crosses it). Each new document
takes its sentences from one source article's group (its source, or for text files the part of the
file name before the number, such as bbc-business), drawn at random with replacement, a length drawn
from the real articles' lengths, a date drawn from 2020-01-01 to 2024-12-31 and the group as source,
so term frequencies, sentence lengths, vocabulary growth and per-source differences stay realistic
while no document repeats a real one. The same SOURCE, SIZE and seed always give the same bytes.
Records: {"id", "title", "date", "source", "text"}.
"""
import argparse
import datetime
import gzip
import json
import os
import random
import re
import sys

SENTENCE_END = re.compile(r"(?<=[.!?])[\"'\u201d]?\s+(?=[\"'\u201c]?[A-Z0-9])")
FIRST_DAY = datetime.date(2020, 1, 1)
DAYS = (datetime.date(2024, 12, 31) - FIRST_DAY).days + 1


def size_in_bytes(text):
    match = re.fullmatch(r"(\d+(?:\.\d+)?)([KMG]?)B?", text.strip().upper())
    if not match:
        raise argparse.ArgumentTypeError(f"size '{text}' must look like 500K, 100M or 1G")
    return int(float(match.group(1)) * {"": 1, "K": 1 << 10, "M": 1 << 20, "G": 1 << 30}[match.group(2)])


def sentences(text):
    flat = " ".join(text.split())
    return [s for s in SENTENCE_END.split(flat) if len(s) > 1]


def read_articles(source):
    """(group, sentences) for each article of the source corpus, in a fixed order."""
    articles = []
    if os.path.isdir(source):
        for name in sorted(os.listdir(source)):
            if not name.endswith(".txt"):
                continue
            with open(os.path.join(source, name), encoding="utf-8", errors="replace") as f:
                lines = f.read().split("\n", 1)
            body = lines[1] if len(lines) > 1 else lines[0]
            group_match = re.match(r"(.+)-\d+$", name[: -len(".txt")])
            group = group_match.group(1) if group_match else "synthetic"
            articles.append((group, sentences(body)))
    else:
        opener = gzip.open if source.endswith(".gz") else open
        with opener(source, "rt", encoding="utf-8") as f:
            for number, line in enumerate(f, 1):
                if not line.strip():
                    continue
                try:
                    record = json.loads(line)
                except ValueError as e:
                    sys.exit(f"synthetic-corpus.py: {source} line {number} is not JSON ({e}): fix or remove that line")
                text = record.get("text") or ""
                articles.append((str(record.get("source") or "synthetic"), sentences(text)))
    articles = [(g, s) for g, s in articles if s]
    if not articles:
        sys.exit(f"synthetic-corpus.py: no article with text in {source}: give a folder of .txt files or a .jsonl(.gz) file with a text field")
    return articles


def main():
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("source")
    parser.add_argument("size", type=size_in_bytes)
    parser.add_argument("out")
    parser.add_argument("--seed", type=int, default=42)
    args = parser.parse_args()

    articles = read_articles(args.source)
    pools = {}
    for group, sents in articles:
        pools.setdefault(group, []).extend(sents)
    groups = [g for g, _ in articles]  # a group as often as it has articles
    lengths = [len(s) for _, s in articles]
    rng = random.Random(args.seed)

    written = documents = 0
    with open(args.out, "w", encoding="utf-8", newline="\n") as out:
        while written < args.size:
            group = rng.choice(groups)
            pool = pools[group]
            body = [rng.choice(pool) for _ in range(rng.choice(lengths))]
            documents += 1
            record = {
                "id": f"synthetic-{documents:08d}",
                "title": body[0][:120],
                "date": (FIRST_DAY + datetime.timedelta(days=rng.randrange(DAYS))).isoformat(),
                "source": group,
                "text": " ".join(body[1:]) if len(body) > 1 else body[0],
            }
            line = json.dumps(record, ensure_ascii=False) + "\n"
            out.write(line)
            written += len(line.encode("utf-8"))
    print(f"synthetic-corpus.py: {documents} documents, {written} bytes from {len(articles)} articles "
          f"in {len(pools)} groups of {args.source} (seed {args.seed}) -> {args.out}", file=sys.stderr)


if __name__ == "__main__":
    main()
