#!/usr/bin/env python3
"""A command agent for Curveball's tests, standard library only.

Speaks curveball.agent/1 as lines of JSON on stdin/stdout: for each turn it calls list_orders for
the turn's user, then replies naming the orders, its pid and how many turns it had in flight.
Several conversations may interleave (one process for the run): state is kept per conversation
and per tool call id.

  --misbehave RULES    KIND (in every conversation) or ID=KIND,ID=KIND (in those conversations);
                       KIND one of exit, garbage, no-reply-field, bad-usage, no-tool-name, stall,
                       flood, no-conversation-id, exit-after-reply, stderr-spam, linger (ignores
                       the end of its stdin)
  --gather N           hold tool calls until N turns are in flight (at most 3 s): makes lines of
                       different conversations interleave for certain
  --log FILE           append every line received to FILE
  --pid-file FILE      write the process id to FILE at start
"""
import argparse
import json
import os
import queue
import sys
import threading
import time

args = argparse.ArgumentParser()
args.add_argument("--misbehave")
args.add_argument("--gather", type=int, default=1)
args.add_argument("--log")
args.add_argument("--pid-file")
options = args.parse_args()
if options.pid_file:
    with open(options.pid_file, "w") as f:
        f.write(str(os.getpid()))

stdin = open(sys.stdin.fileno(), "r", encoding="utf-8", newline="\n")
lines = queue.Queue()


def read():
    for line in stdin:
        lines.put(line)
    lines.put(None)


threading.Thread(target=read, daemon=True).start()


def write(message):
    sys.stdout.write(json.dumps(message) + "\n")
    sys.stdout.flush()


rules = {}
for part in (options.misbehave or "").split(","):
    if "=" in part:
        conversation, kind = part.split("=", 1)
        rules[conversation] = kind
    elif part:
        rules["*"] = part


def misbehaving(conversation_id, kind):
    return rules.get(conversation_id, rules.get("*")) == kind


turns = {}       # conversation_id -> the turn waiting for its tool result
held = []        # tool calls held back until --gather turns are in flight
held_since = None
calls = 0


def call_tool(conversation_id, turn):
    global calls
    calls += 1
    message = {"type": "tool_call", "conversation_id": conversation_id, "id": "call-%d" % calls,
               "tool": "list_orders", "arguments": {"customer_id": turn["user"]["id"]}}
    if misbehaving(conversation_id, "no-tool-name"):
        del message["tool"]
    if misbehaving(conversation_id, "no-conversation-id"):
        del message["conversation_id"]
    write(message)


def on_turn(message):
    global held_since
    conversation_id = message["conversation_id"]
    turns[conversation_id] = message
    if misbehaving(conversation_id, "exit"):
        sys.stderr.write("Traceback (most recent call last):\nValueError: the agent broke on purpose\n")
        sys.stderr.flush()
        sys.exit(3)
    if misbehaving(conversation_id, "garbage"):
        sys.stdout.write("hello there, this is not JSON\n")
        sys.stdout.flush()
        return
    if misbehaving(conversation_id, "flood"):
        sys.stdout.write("x" * (17 * 1024 * 1024))
        sys.stdout.flush()
        return
    if misbehaving(conversation_id, "stall"):
        return
    if misbehaving(conversation_id, "stderr-spam"):
        sys.stderr.write(("noise " * 1000 + "\n") * 200)
        sys.stderr.flush()
    held.append(conversation_id)
    held_since = held_since or time.monotonic()
    release()


def release(force=False):
    global held_since
    if held and (force or len(held) >= options.gather):
        in_flight = len(held)
        for conversation_id in held:
            turns[conversation_id]["in_flight"] = in_flight
            call_tool(conversation_id, turns[conversation_id])
        held.clear()
        held_since = None


def on_tool_result(message):
    conversation_id = message["conversation_id"]
    turn = turns.pop(conversation_id, None)
    if turn is None:
        return
    orders = [o["order_id"] for o in message["body"].get("orders", [])] if message["status"] == 200 else []
    reply = {"type": "reply", "conversation_id": conversation_id,
             "reply": "I see your orders %s (tool %s answered %d; pid %d; in flight %d)."
                      % (", ".join(orders), message["id"], message["status"], os.getpid(), turn.get("in_flight", 1)),
             "usage": {"input_tokens": 120, "output_tokens": 30, "cost_usd": 0.0002}}
    if misbehaving(conversation_id, "no-reply-field"):
        reply["answer"] = reply.pop("reply")
    if misbehaving(conversation_id, "bad-usage"):
        reply["usage"]["cost_usd"] = -250
    write(reply)
    if misbehaving(conversation_id, "exit-after-reply"):
        sys.exit(0)


log = open(options.log, "a", encoding="utf-8") if options.log else None
while True:
    try:
        line = lines.get(timeout=0.05 if held else None)
    except queue.Empty:
        if held_since and time.monotonic() - held_since > 3:
            release(force=True)
        continue
    if line is None:
        if "linger" in rules.values():
            time.sleep(60)
        break
    if log:
        log.write(line)
        log.flush()
    message = json.loads(line)
    if message["type"] == "turn":
        on_turn(message)
    elif message["type"] == "tool_result":
        on_tool_result(message)
