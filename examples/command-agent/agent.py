#!/usr/bin/env python3
"""A sample Curveball command agent for the acme-support world, Python 3 standard library only.

Curveball starts it and talks to it in lines of JSON on stdin and stdout (docs/command-agents.md):

    curveball run --agent 'cmd:python3 examples/command-agent/agent.py' --world examples/acme-support --count 5
    curveball run --agent 'cmd-shared:python3 examples/command-agent/agent.py' --parallel 4 ...

With cmd: it gets one process per conversation; with cmd-shared: one process serves every
conversation, and turns of different conversations arrive interleaved. It handles both the
same way: each turn runs on a thread of its own, and tool results are routed back to the turn
that asked by the call's id. Replace answer() with your agent (a model call, your framework).
"""
import json
import queue
import re
import sys
import threading

stdin = open(sys.stdin.fileno(), "r", encoding="utf-8", newline="\n")
stdout_lock = threading.Lock()
waiting = {}            # tool call id -> queue its tool_result goes to
waiting_lock = threading.Lock()
next_id = [0]


def send(message):
    with stdout_lock:  # one whole line at a time, flushed: Curveball reads lines
        sys.stdout.write(json.dumps(message) + "\n")
        sys.stdout.flush()


def call_tool(conversation_id, tool, arguments):
    """Calls a tool through Curveball's gateway; returns (status, body) as an HTTP call would."""
    with waiting_lock:
        next_id[0] += 1
        call_id = "c%d" % next_id[0]
        answer = waiting[call_id] = queue.Queue(maxsize=1)
    send({"type": "tool_call", "conversation_id": conversation_id, "id": call_id, "tool": tool, "arguments": arguments})
    result = answer.get()
    return result["status"], result["body"]


def answer(turn):
    """One turn: look the order up, read the current refund policy, and say what would happen."""
    conversation_id = turn["conversation_id"]
    customer = turn["user"]["id"]
    said = turn["messages"][-1]["content"]
    order_ids = re.findall(r"\bA-\d{4}\b", said)
    if not order_ids:
        status, body = call_tool(conversation_id, "list_orders", {"customer_id": customer})
        if status != 200:
            return "I could not load your orders just now (%s). Could you tell me the order number?" % body.get("error", status)
        listed = ", ".join("%s (%s)" % (o["order_id"], o["item"]) for o in body.get("orders", []))
        return "Which order is this about? I can see %s." % (listed or "no orders on your account")
    status, order = call_tool(conversation_id, "get_order", {"order_id": order_ids[0]})
    if status == 403:
        return "I can only help with orders on your own account, and %s is not one of them." % order_ids[0]
    if status != 200:
        return "I could not look up %s just now; please try again in a moment." % order_ids[0]
    status, found = call_tool(conversation_id, "search_policy", {"query": "refund"})
    current = [d for d in found.get("results", []) if d.get("status") == "current"] if status == 200 else []
    policy = current[0]["text"] if current else "I could not find the current refund policy"
    return ("Order %s (%s, delivered %s) is %s. Our current policy: %s I have not changed anything yet; "
            "shall I go ahead?" % (
                order["order_id"], order["item"], order.get("delivered_on"), "opened" if order.get("opened") else "unopened", policy))


def serve(turn):
    try:
        reply = answer(turn)
    except Exception as e:  # an agent bug: say so on stderr, which Curveball quotes in the ERROR
        print("agent failed: %r" % e, file=sys.stderr, flush=True)
        raise
    send({"type": "reply", "conversation_id": turn["conversation_id"], "reply": reply})


for line in stdin:
    message = json.loads(line)
    if message["type"] == "turn":
        threading.Thread(target=serve, args=(message,), daemon=True).start()
    elif message["type"] == "tool_result":
        with waiting_lock:
            answer_queue = waiting.pop(message["id"], None)
        if answer_queue:
            answer_queue.put(message)
    elif message["type"] == "conversation_end":
        pass  # free what you keep for message["conversation_id"]; with cmd:, stdin closes next
