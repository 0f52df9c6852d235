# The command agent of CommandAgentBench: per turn, one tool call, then a reply. Standard library only.
import json
import sys

stdin = open(sys.stdin.fileno(), "r", encoding="utf-8", newline="\n")
for line in stdin:
    message = json.loads(line)
    cid = message.get("conversation_id")
    if message["type"] == "turn":
        sys.stdout.write(json.dumps({"type": "tool_call", "conversation_id": cid, "id": cid,
                                     "tool": "get_order", "arguments": {"order_id": "A-5001"}}) + "\n")
        sys.stdout.flush()
    elif message["type"] == "tool_result":
        sys.stdout.write(json.dumps({"type": "reply", "conversation_id": cid, "reply": "Order %s." % message["body"]["order_id"]}) + "\n")
        sys.stdout.flush()
