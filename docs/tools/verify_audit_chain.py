#!/usr/bin/env python3
"""Re-verifies an exported audit log (JSON Lines) with nothing but Python's standard library.

usage: python3 verify_audit_chain.py audit-log.jsonl

Each line is one event. Its hash is SHA-256 over the previous event's hash (64 hex characters,
ASCII; 64 zeros before the first event) followed by the event's canonical form: the line's JSON
object without its "hash" member, with keys sorted, no whitespace between tokens, non-ASCII
characters written as UTF-8. Sequence numbers start at 1 and have no gaps. Prints OK with the event
count and the head hash (compare it with a published checkpoint or an earlier export), or the first
broken event; exits 0 or 1.
"""
import hashlib
import json
import sys

GENESIS = "0" * 64


def verify(path):
    previous, expected_seq = GENESIS, 1
    with open(path, encoding="utf-8") as lines:
        for number, line in enumerate(lines, start=1):
            if not line.strip():
                continue
            event = json.loads(line)
            stored = event.pop("hash")
            if event["seq"] != expected_seq:
                return False, f"BROKEN at event #{expected_seq}: missing or out of order (line {number} is #{event['seq']})"
            if event["prevHash"] != previous:
                return False, f"BROKEN at event #{event['seq']}: does not chain to the event before it"
            canonical = json.dumps(event, sort_keys=True, separators=(",", ":"), ensure_ascii=False)
            digest = hashlib.sha256(previous.encode("ascii") + canonical.encode("utf-8")).hexdigest()
            if digest != stored:
                return False, f"BROKEN at event #{event['seq']}: its content does not match its hash"
            previous, expected_seq = stored, expected_seq + 1
    count = expected_seq - 1
    return True, f"OK: {count} events chain correctly; head {previous if count else None}"


if __name__ == "__main__":
    if len(sys.argv) != 2:
        sys.exit(__doc__)
    ok, message = verify(sys.argv[1])
    print(message)
    sys.exit(0 if ok else 1)
